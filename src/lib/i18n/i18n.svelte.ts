/**
 * The page language and everything that depends on it: messages, Intl formatting, localized
 * engine formulas and error messages. One instance per app, shared through context.
 */
import { createContext } from 'svelte';
import { interpolate } from './define.ts';
import { messages } from './messages/index.ts';
import { money, number, percent, localizeText, monthName, LOCALE } from './format.ts';
import type { Lang } from './number-input.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'es'];

export interface Localizable {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  readonly text: string;
}

export interface CodedError {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
  readonly message?: string;
}

export class I18n {
  lang = $state<Lang>('en');

  constructor(lang: Lang = 'en') {
    this.lang = lang;
  }

  get locale(): string {
    return LOCALE[this.lang];
  }

  /** A UI message in the page language (falls back to English, then to the key itself). */
  t = (key: string, params: Readonly<Record<string, string | number>> = {}): string => {
    const template = messages[this.lang][key] ?? messages.en[key] ?? key;
    const p: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) p[k] = String(v);
    return interpolate(template, p, this.lang);
  };

  has = (key: string): boolean => key in messages[this.lang];

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
  line = (item: Localizable): string => {
    if (this.lang === 'en') return item.text;
    const table = messages[this.lang];
    const template = table[`line.${item.key}`];
    if (!template) return item.text;
    const p: Record<string, string> = {};
    const refs: [string, string][] = [];
    for (const [k, v] of Object.entries(item.params)) {
      const ref = MESSAGE_REF.exec(v)?.[1];
      const message = ref === undefined ? undefined : (table[ref] ?? messages.en[ref]);
      if (message === undefined) p[k] = localizeText(this.lang, v);
      else refs.push([k, message]);
    }
    // An SLA catalog id ("elb-multi-az") is shown by its service's name, never as a raw id.
    const service = typeof item.params.sla === 'string' ? (table[`availability.service.${item.params.sla}`] ?? messages.en[`availability.service.${item.params.sla}`]) : undefined;
    if (service !== undefined) p.sla = service;
    const plain = { ...p };
    for (const [k, message] of refs) p[k] = interpolate(message, plain, this.lang);
    return padCents(interpolate(template, p, this.lang));
  };

  /** An engine (or field) error's message in the page language. */
  error = (e: CodedError): string => {
    const key = `error.${e.code}`;
    if (!(key in messages.en)) return e.message ?? e.code;
    const p: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.params)) p[k] = localizeText(this.lang, v);
    return this.t(key, p);
  };
}

/** A line-item param that names a message: "@msg:availability.conv.365-day.long". */
const MESSAGE_REF = /^@msg:([\w.-]+)$/;

/** "0,3 US$" -> "0,30 US$" and "5 US$" -> "5,00 US$": money written by a template gets its cents. */
function padCents(text: string): string {
  return text.replace(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?=[\s\u00a0]US\$)/g, (_m, int: string, frac: string | undefined) => `${int},${(frac ?? '').padEnd(2, '0')}`);
}

export const [getI18n, setI18n] = createContext<I18n>();
