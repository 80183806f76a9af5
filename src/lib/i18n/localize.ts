/**
 * The language-dependent texts as pure functions of a language: UI messages, engine line items
 * and engine errors. The app's reactive {@link I18n} (i18n.svelte.ts) and the command line
 * (src/cli) both call these, so a formula reads the same on screen and in a terminal.
 */
import { interpolate } from './define.ts';
import { messages, lineTemplates, errorTemplates } from './messages/index.ts';
import { localizeText, number } from './format.ts';
import { ERROR_TEMPLATES, errorKey, renderError } from '../../engine/index.ts';
import type { Lang } from './number-input.ts';

export interface Localizable {
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
  readonly text: string;
}

export interface CodedError {
  readonly code: string;
  /** The message's template (an EngineError's `key`); without it, the one its code and params call for. */
  readonly key?: string;
  readonly params: Readonly<Record<string, string>>;
  readonly message?: string;
}

/** A UI message (falls back to English, then to the key itself). */
export function translate(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const template = messages[lang][key] ?? messages.en[key] ?? key;
  const p: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) p[k] = String(v);
  return interpolate(template, p, lang);
}

/** True when the language has this message. */
export function hasMessage(lang: Lang, key: string): boolean {
  return key in messages[lang];
}

/** A line-item param that names a message: "@msg:availability.conv.365-day.long". */
const MESSAGE_REF = /^@msg:([\w.-]+)$/;

/** The language's template of a line key (Spanish: src/lib/i18n/lines; older ones: `line.<key>` in the messages). */
function lineTemplate(lang: Lang, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(lineTemplates[lang], key)) return lineTemplates[lang][key];
  return messages[lang][`line.${key}`];
}

/**
 * An engine line item's formula: the language's template of its key filled in with the params,
 * their English numbers re-written for the language. A param whose value is `@msg:<key>`
 * (engine/availability/format.ts messageRef) names a message instead: it becomes that message in
 * the language, filled in with the line's other params.
 */
export function localizeLine(lang: Lang, item: Localizable): string {
  if (lang === 'en') return item.text;
  const table = messages[lang];
  const template = lineTemplate(lang, item.key);
  if (!template) return item.text;
  const p: Record<string, string> = {};
  const refs: [string, string][] = [];
  for (const [k, v] of Object.entries(item.params)) {
    const ref = MESSAGE_REF.exec(v)?.[1];
    const message = ref === undefined ? undefined : (lineTemplate(lang, ref) ?? table[ref] ?? messages.en[ref]);
    if (message === undefined) p[k] = localizeText(lang, localizeOperators(lang, v));
    else refs.push([k, message]);
  }
  const plain = { ...p };
  for (const [k, message] of refs) p[k] = interpolate(message, plain, lang);
  return padCents(interpolate(template, p, lang));
}

/**
 * A phrase of the formula templates with no params (a catalog service's name, a convention's
 * long name) in the language, so the page names a thing as its formulas do; undefined before the
 * workbench has loaded the templates, or for an unknown key.
 */
export function phrase(lang: Lang, key: string): string | undefined {
  return lineTemplate(lang, key);
}

/** A param that is only arithmetic ("(1 - 0.99) x (1 - 0.99)") gets the page's operator signs: "×" and "−" in Spanish. */
function localizeOperators(lang: Lang, value: string): string {
  if (lang === 'en' || !/^[\d\s.,()x^+\-~]+$/.test(value)) return value;
  return value.replace(/ x /g, ' × ').replace(/ - /g, ' − ').replace(/\(1 - /g, '(1 − ');
}

/**
 * The engine's error messages in a language: English is the engine's own catalog (small, no
 * calculator code); Spanish its twin, registered with the Spanish shell messages (messages/index.ts),
 * so the shell names errors at first paint (the import dialog) before the calculators load.
 */
function errorCatalog(lang: Lang): Readonly<Record<string, string>> {
  return lang === 'en' ? ERROR_TEMPLATES : errorTemplates[lang];
}

/**
 * An engine error's message in the language: its key's template filled in with the params (their
 * English numbers re-written for the language); a `@msg:` param is a phrase of the same catalog.
 * A code the engine has no template for falls back to the error's own message, then to the code.
 */
export function localizeError(lang: Lang, e: CodedError): string {
  const key = e.key ?? errorKey(e.code, e.params);
  return (
    renderError(errorCatalog(lang), key, e.params, lang, (v) => errorParam(lang, v)) ??
    renderError(ERROR_TEMPLATES, key, e.params) ??
    e.message ??
    e.code
  );
}

/**
 * An error param on a Spanish page: a count of five digits or more ("24990000" k-of-n members, a
 * limit of "20000") is written with the page's grouping ("24.990.000"), not left as a bare string
 * of digits; other English-notation numbers are re-written as usual. English reads the engine's
 * own message, as it is.
 */
function errorParam(lang: Lang, value: string): string {
  return lang !== 'en' && /^\d{5,}$/.test(value) ? number(lang, value, 0) : localizeText(lang, value);
}

/**
 * A number field's message for what was typed (src/lib/i18n/number-input.ts): `required` and
 * `not_a_number` read as the engine's, the field's own codes are `field.<code>` messages. The text
 * is quoted as typed (never re-written as a number of the page).
 */
export function localizeFieldError(lang: Lang, code: string, params: Readonly<Record<string, string>>): string {
  if (code === 'required' || code === 'not_a_number') return renderError(errorCatalog(lang), `error.${code}`, params, lang) ?? renderError(ERROR_TEMPLATES, `error.${code}`, params) ?? code;
  return translate(lang, `field.${code}`, params);
}

/** "0,3 US$" -> "0,30 US$" and "5 US$" -> "5,00 US$": money written by a template gets its cents. */
function padCents(text: string): string {
  return text.replace(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?=[\s\u00a0]US\$)/g, (_m, int: string, frac: string | undefined) => `${int},${(frac ?? '').padEnd(2, '0')}`);
}
