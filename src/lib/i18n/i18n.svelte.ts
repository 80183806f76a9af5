/**
 * The page language and everything that depends on it: messages, Intl formatting, localized
 * engine formulas and error messages. One instance per app, shared through context.
 */
import { createContext } from 'svelte';
import { money, number, percent, monthName, LOCALE } from './format.ts';
import { translate, hasMessage, localizeLine, localizeError, localizeFieldError, phrase, type Localizable, type CodedError } from './localize.ts';
import type { Lang } from './number-input.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'es'];

export type { Localizable, CodedError };

export class I18n {
  lang = $state<Lang>('en');

  constructor(lang: Lang = 'en') {
    this.lang = lang;
  }

  get locale(): string {
    return LOCALE[this.lang];
  }

  /** A UI message in the page language (falls back to English, then to the key itself). */
  t = (key: string, params: Readonly<Record<string, string | number>> = {}): string => translate(this.lang, key, params);

  has = (key: string): boolean => hasMessage(this.lang, key);

  money = (v: string | { toFixed(p?: number): string }, maxPlaces = 2): string => money(this.lang, v, maxPlaces);
  number = (v: string | { toFixed(p?: number): string }, maxPlaces = 2, minPlaces = 0): string => number(this.lang, v, maxPlaces, minPlaces);
  percent = (v: string | { toFixed(p?: number): string }, maxPlaces = 6): string => percent(this.lang, v, maxPlaces);
  month = (yearMonth: string): string => monthName(this.lang, yearMonth);

  /**
   * An engine line item's formula in the page language: the template `line.<key>` filled in with
   * the params, their English numbers re-written for the page. A param whose value is
   * `@msg:<key>` (engine/availability/format.ts messageRef) names a message instead: it becomes
   * that message in the page language, filled in with the line's other params.
   */
  line = (item: Localizable): string => localizeLine(this.lang, item);

  /** A phrase of the formula templates (a service's name...) in the page language. */
  phrase = (key: string): string | undefined => phrase(this.lang, key);

  /** An engine (or field) error's message in the page language. */
  error = (e: CodedError): string => localizeError(this.lang, e);

  /** A number field's message for what was typed (number-input.ts codes), the text quoted as typed. */
  fieldError = (code: string, params: Readonly<Record<string, string>>): string => localizeFieldError(this.lang, code, params);
}

export const [getI18n, setI18n] = createContext<I18n>();
