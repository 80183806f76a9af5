/**
 * The command line's language: the app's messages (every bundle, loaded at once), Intl number
 * formats and the engine's Spanish formula templates, with the same methods as the app's
 * reactive I18n, so the app's pure view helpers (availability-view.ts, compare-format.ts) format
 * the same figures the same way here.
 */
import { registerBundles, registerErrors, registerLines } from '../lib/i18n/messages/index.ts';
import { allBundles } from '../lib/i18n/messages/all.ts';
import { LINES_ES } from '../lib/i18n/lines/es.ts';
import { ERRORS_ES } from '../lib/i18n/lines/errors.ts';
import { LINE_TEMPLATES } from '../engine/index.ts';
import { money, number, percent, monthName } from '../lib/i18n/format.ts';
import { translate, hasMessage, localizeLine, localizeError, phrase, type Localizable, type CodedError } from '../lib/i18n/localize.ts';
import type { Lang } from '../lib/i18n/number-input.ts';
import { cliMessages } from './messages.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'es'];

let registered = false;

type Numeric = string | { toFixed(p?: number): string };

/** The methods the app's view helpers use (a subset of the app's I18n, without reactivity). */
export interface CliI18n {
  readonly lang: Lang;
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  has(key: string): boolean;
  money(v: Numeric, maxPlaces?: number): string;
  number(v: Numeric, maxPlaces?: number, minPlaces?: number): string;
  percent(v: Numeric, maxPlaces?: number): string;
  month(yearMonth: string): string;
  line(item: Localizable): string;
  phrase(key: string): string | undefined;
  error(e: CodedError): string;
}

export function cliI18n(lang: Lang): CliI18n {
  if (!registered) {
    registerBundles([...allBundles, cliMessages]);
    registerLines('es', LINES_ES);
    registerLines('en', LINE_TEMPLATES);
    registerErrors('es', ERRORS_ES);
    registered = true;
  }
  return {
    lang,
    t: (key, params = {}) => translate(lang, key, params),
    has: (key) => hasMessage(lang, key),
    money: (v, maxPlaces = 2) => money(lang, v, maxPlaces),
    number: (v, maxPlaces = 2, minPlaces = 0) => number(lang, v, maxPlaces, minPlaces),
    percent: (v, maxPlaces = 6) => percent(lang, v, maxPlaces),
    month: (yearMonth) => monthName(lang, yearMonth),
    line: (item) => localizeLine(lang, item),
    phrase: (key) => phrase(lang, key),
    error: (e) => localizeError(lang, e),
  };
}
