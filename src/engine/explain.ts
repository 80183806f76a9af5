/**
 * Line items: every result explains itself.
 *
 * A line item has an amount, a stable `key` and its `params` (the values the formula quotes,
 * written in English notation: "$5.10", "1,000", "17"). The formula's words live in one template
 * per key and language: the engine's English templates sit beside each calculator (`lines.ts` in
 * its folder, all gathered in engine/lines.ts), the other languages' in the app
 * (src/lib/i18n/lines). `text` is the English template filled in, so tests, the README and the
 * command line read the same sentence the English page shows.
 */
import type { Dec } from './decimal.ts';
import { interpolate } from './template.ts';

export type LineKind = 'cost' | 'credit' | 'info';

export interface LineItem {
  /** Stable message key, e.g. "quicksight.reader.capped". */
  readonly key: string;
  /** Values quoted by the formula, already formatted as plain strings (no locale). */
  readonly params: Readonly<Record<string, string>>;
  /** The formula in English, e.g. "17 sessions x $0.30 = $5.10, capped at $5.00". */
  readonly text: string;
  /** Amount in USD for cost/credit lines; a quantity (hours, minutes, ...) for info lines. */
  readonly amount: Dec;
  /** cost adds to the total, credit subtracts, info explains and adds nothing. */
  readonly kind: LineKind;
  /** Unit of `amount` ("USD" for money). */
  readonly unit: string;
}

/** A calculator's English line templates: key -> template (see template.ts for the syntax). */
export type LineTemplates = Readonly<Record<string, string>>;

/** Makes a calculator's line items: `key` must be one of its templates, the type checker says so. */
export type LineMaker<K extends string> = (key: K, amount: Dec, params?: Record<string, string>, kind?: LineKind, unit?: string) => LineItem;

/** A param whose value is `@msg:<key>` names another template of the same catalog (a phrase shared by several lines). */
const TEMPLATE_REF = /^@msg:([\w.-]+)$/;

/**
 * The English text of a line: its template filled in with the params; a param that refers to
 * another template (`@msg:key`) is replaced by that template filled in with the same params.
 */
export function renderLine(templates: LineTemplates, key: string, params: Readonly<Record<string, string>>): string {
  const template = Object.prototype.hasOwnProperty.call(templates, key) ? templates[key] : undefined;
  // The type checker allows only known keys; test/i18n-lines checks every key has its template.
  if (template === undefined) return key;
  let filled: Record<string, string> | undefined;
  for (const [k, v] of Object.entries(params)) {
    const ref = TEMPLATE_REF.exec(v)?.[1];
    if (ref === undefined || !Object.prototype.hasOwnProperty.call(templates, ref)) continue;
    filled ??= { ...params };
    filled[k] = interpolate(templates[ref] as string, params, 'en'); // an own key of the templates: a string
  }
  return interpolate(template, filled ?? params, 'en');
}

/** The line factory of a calculator: `const line = lineMaker(QUICKSIGHT_LINES)`. */
export function lineMaker<const T extends LineTemplates>(templates: T): LineMaker<Extract<keyof T, string>> {
  return (key, amount, params = {}, kind = 'cost', unit = 'USD') => {
    const own = Object.freeze(copyParams(params));
    // The English text is written when read (a page in Spanish, or working nobody opened, never
    // needs it): a result carries its key and params, and the sentence is the template filled in.
    return Object.freeze({
      key,
      get text(): string {
        return renderLine(templates, key, own);
      },
      amount,
      params: own,
      kind,
      unit,
    });
  };
}

/**
 * Build a line item from an English text written by the caller.
 * @deprecated being replaced by {@link lineMaker}: the text comes from the key's template.
 */
export function line(
  key: string,
  text: string,
  amount: Dec,
  params: Record<string, string> = {},
  kind: LineKind = 'cost',
  unit = 'USD',
): LineItem {
  return Object.freeze({ key, text, amount, params: Object.freeze(copyParams(params)), kind, unit });
}

/**
 * A shallow copy of `params`, as `{ ...params }`: Object.assign is several times faster here (the
 * params come in many shapes) and copies the same own enumerable properties in the same order; it
 * would differ only for an own "__proto__" key, which is copied by the spread instead.
 */
function copyParams(params: Record<string, string>): Record<string, string> {
  if (Object.prototype.hasOwnProperty.call(params, '__proto__')) return { ...params };
  return Object.assign({}, params);
}
