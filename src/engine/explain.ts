/**
 * Line items: every result explains itself.
 *
 * A line item has an amount and the formula that produced it, in English words and numbers
 * (`text`), plus a stable `key` and string `params` so the UI can render the same formula in
 * another language.
 */
import type { Dec } from './decimal.ts';

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

/** Build a line item. */
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
  if (params !== null && params !== undefined && Object.prototype.hasOwnProperty.call(params, '__proto__')) return { ...params };
  return Object.assign({}, params);
}
