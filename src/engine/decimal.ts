/**
 * The one home of decimal arithmetic in nubecalc.
 *
 * Money and time are exact decimals built from strings. This module owns a private
 * `Decimal.clone` so the global decimal.js configuration is never touched, and it is the
 * only place that converts user input into decimals. Rounding happens only through the
 * named helpers below, and only where AWS rounds (or at display).
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { EngineError } from './errors.ts';
import { describeRef } from './quote.ts';

/** Private decimal constructor: 60 significant digits, no exponential notation. */
export const Dec = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
  minE: -9e15,
  maxE: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

/** A decimal written as a string, e.g. "0.30". Numbers are accepted only as safe integers. */
export type DecimalString = string;

/** Largest magnitude any input may have. Larger values are "absurdly large" and rejected. */
export const MAX_INPUT = new Dec('1e15');

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Options for {@link parseDecimal}. */
export interface ParseOptions {
  /** Reject values below zero (default true). */
  nonNegative?: boolean;
  /** Require a whole number. */
  integer?: boolean;
  /** Inclusive minimum. */
  min?: Dec | string;
  /** Inclusive maximum (default {@link MAX_INPUT}). */
  max?: Dec | string;
  /** Reject zero (e.g. a period length). */
  positive?: boolean;
}

const DECIMAL_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parse a user- or JSON-supplied value into a decimal, or throw an {@link EngineError}
 * whose `path` points at the field. Accepts strings ("0.30", "1e3") and safe integers.
 * A decimal comma ("0,30") is rejected with its own code: the UI normalises locale input
 * before it reaches the engine, so a comma here means the caller forgot.
 */
export function parseDecimal(value: unknown, path: string, opts: ParseOptions = {}): Dec {
  return parseWith(value, path, opts, opts.integer);
}

/** {@link parseDecimal} with `integer` given apart (parseCount forces it without copying `opts`). */
function parseWith(value: unknown, path: string, opts: ParseOptions, integer: boolean | undefined): Dec {
  const { nonNegative = true, positive = false } = opts;
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EngineError('not_a_number', path, { value: String(value) });
    if (!Number.isSafeInteger(value)) {
      // Floats are not exact: insist on strings for fractional values.
      throw new EngineError('float_not_allowed', path, { value: String(value) });
    }
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else if (value === undefined || value === null) {
    throw new EngineError('required', path);
  } else {
    throw new EngineError('not_a_number', path, { value: describeRef(value) });
  }
  if (text === '') throw new EngineError('required', path);
  if (!DECIMAL_RE.test(text)) {
    if (/^[+-]?\d+,\d+$/.test(text)) throw new EngineError('decimal_comma', path, { value: text, point: text.replace(',', '.') });
    throw new EngineError('not_a_number', path, { value: text.slice(0, 40) });
  }
  // Guard the exponent before decimal.js sees it ("1e999999999" would still parse).
  // Stryker disable next-line StringLiteral: includes('') is always true, so the guard runs on every text, and the regex finds no exponent where there is none
  if (text.includes('e') || text.includes('E')) {
    const exp = /[eE]([+-]?\d+)$/.exec(text);
    if (exp && Math.abs(Number(exp[1])) > 30) throw new EngineError('too_large', path, { value: text.slice(0, 40), max: MAX_INPUT.toString() });
  }
  // Always finite: DECIMAL_RE admits digits only, and the exponent is at most 30 in size.
  const d = fromText(text);
  if (opts.max === undefined) {
    // |d| < 10^15 whenever its exponent is below 15: no comparison needed.
    if (d.e >= 15 && d.abs().gt(MAX_INPUT)) throw new EngineError('too_large', path, { value: text.slice(0, 40), max: MAX_INPUT.toString() });
  } else {
    const max = bound(opts.max);
    if (d.gt(max)) throw new EngineError('too_large', path, { value: text.slice(0, 40), max: max.toString() });
  }
  if (nonNegative && d.isNegative() && !d.isZero()) throw new EngineError('negative', path, { value: text });
  if (positive && (d.isNegative() || d.isZero())) throw new EngineError('not_positive', path, { value: text });
  if (integer && !d.isInteger()) throw new EngineError('not_integer', path, { value: text });
  if (opts.min !== undefined && d.lt(bound(opts.min))) throw new EngineError('too_small', path, { value: text, min: bound(opts.min).toString() });
  return d;
}

/**
 * Module-level caches of immutable, deterministic values (decimals are never mutated): the
 * decimal of a validated input text and of a min/max bound. They only save re-parsing the same
 * text ("2", "0.30", "100"); each is cleared when it reaches its size limit.
 */
const TEXT_CACHE = new Map<string, Dec>();
const TEXT_CACHE_MAX = 2048;
const BOUND_CACHE = new Map<string, Dec>();

function fromText(text: string): Dec {
  let v = TEXT_CACHE.get(text);
  if (v === undefined) {
    v = new Dec(text);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when (or whether) the cache is cleared decides only memory use and what is parsed again, from the same text to the same value
    if (TEXT_CACHE.size >= TEXT_CACHE_MAX) TEXT_CACHE.clear();
    TEXT_CACHE.set(text, v);
  }
  return v;
}

function bound(value: Dec | string): Dec {
  if (typeof value !== 'string') return value;
  let v = BOUND_CACHE.get(value);
  if (v === undefined) {
    v = new Dec(value);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when (or whether) the cache is cleared decides only memory use and what is parsed again, from the same text to the same value
    if (BOUND_CACHE.size >= 64) BOUND_CACHE.clear();
    BOUND_CACHE.set(value, v);
  }
  return v;
}

/** Parse a whole, non-negative count (e.g. readers, builds, instances). */
export function parseCount(value: unknown, path: string, opts: Omit<ParseOptions, 'integer'> = {}): Dec {
  return parseWith(value, path, opts, true);
}

/** Build a decimal from a trusted literal (catalog defaults, constants). */
export function d(value: string | number | Dec): Dec {
  return new Dec(value);
}

/** Sum of decimals (0 for none). */
export function sum(values: readonly Dec[]): Dec {
  // 0 + v is v itself when v is a non-zero decimal of at most `precision` significant digits
  // (nothing to round): the first term is taken as it is instead of copied and re-rounded.
  return values.reduce((acc, v) => (acc === ZERO && takesAsIs(v) ? v : acc.plus(v)), ZERO);
}

// Stryker disable next-line BlockStatement: an empty body returns undefined (falsy): every term is then added to 0, which gives the same value (only a copy)
function takesAsIs(v: Dec): boolean {
  return v instanceof Dec && v.isFinite() && !v.isZero() && v.precision() <= Dec.precision;
}

/** Smallest of two decimals. */
export function min(a: Dec, b: Dec): Dec {
  return compare(a, b) < 1 ? a : b;
}

/** Largest of two decimals. */
export function max(a: Dec, b: Dec): Dec {
  const k = compare(a, b);
  return k === 1 || k === 0 ? a : b;
}

/**
 * `a.comparedTo(b)` (1, 0, -1, or NaN) without the copy of `b` decimal.js makes first: the same
 * algorithm, on the digits of two of this module's finite decimals (anything else goes to
 * comparedTo). Internal: comparisons are frequent enough for the copies to matter.
 */
export function compare(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd || !(b instanceof Dec)) return a.comparedTo(b);
  const as = a.s;
  const bs = b.s;
  // Either zero?
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -bs : 0;
  // Signs differ?
  if (as !== bs) return as;
  const flip = as < 0;
  // Compare exponents, then digit by digit, then lengths.
  if (a.e !== b.e) return a.e > b.e !== flip ? 1 : -1;
  const al = ad.length;
  const bl = bd.length;
  for (let i = 0, j = al < bl ? al : bl; i < j; ++i) {
    const x = ad[i] as number;
    const y = bd[i] as number;
    if (x !== y) return x > y !== flip ? 1 : -1;
  }
  return al === bl ? 0 : al > bl !== flip ? 1 : -1;
}

/** x > 0, without allocating (as `x.gt(0)`). */
export function isPositive(x: Dec): boolean {
  return compare(x, ZERO) === 1;
}

/** x = 1, without allocating (as `x.eq(1)`). */
export function isOne(x: Dec): boolean {
  return compare(x, ONE) === 0;
}

/** Round UP to a whole number (AWS: a build's minutes, a SUSE run's hours). */
export function ceilWhole(x: Dec): Dec {
  return x.toDecimalPlaces(0, Dec.ROUND_CEIL);
}

/** Round DOWN to a whole number. */
export function floorWhole(x: Dec): Dec {
  return x.toDecimalPlaces(0, Dec.ROUND_FLOOR);
}

/** Display helper: fixed decimals, half-even ("5.10"). Never exponential. */
export function fixed(x: Dec, places = 2): string {
  return x.toFixed(places, Dec.ROUND_HALF_EVEN);
}

/** Display helper for money in formulas: "$5.10"; keeps up to `maxPlaces` when sub-cent. */
export function usd(x: Dec, maxPlaces = 6): string {
  // Formatted from the exact digits (no intermediate decimals): at most two places are padded
  // to cents, up to `maxPlaces` are shown as they are, more are rounded half-even to `maxPlaces`.
  const neg = x.isNegative() && !x.isZero();
  const places = x.decimalPlaces();
  let s: string;
  if (places <= maxPlaces || places <= 2) {
    s = unsigned(x.toFixed());
  } else {
    s = trimZeros(unsigned(x.toFixed(maxPlaces, Dec.ROUND_HALF_EVEN)));
  }
  return `${neg ? '-' : ''}$${groupThousands(padCents(s))}`;
}

/** Display helper for plain numbers in formulas: trims trailing zeros, groups thousands. */
export function num(x: Dec, maxPlaces = 6): string {
  const s = x.decimalPlaces() <= maxPlaces ? x.toFixed() : x.toDecimalPlaces(maxPlaces, Dec.ROUND_HALF_EVEN).toFixed();
  return s.charCodeAt(0) === 45 /* - */ ? `-${groupThousands(s.slice(1))}` : groupThousands(s);
}

/** A plain decimal string without its minus sign. */
function unsigned(s: string): string {
  return s.charCodeAt(0) === 45 ? s.slice(1) : s;
}

/** "1.500" -> "1.5", "2.000" -> "2." (the only caller, usd, pads it to cents: "2.00"). */
function trimZeros(s: string): string {
  if (s.indexOf('.') < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48 /* 0 */) end--;
  return s.slice(0, end);
}

/** At least two decimal places: "5" -> "5.00", "5." -> "5.00", "5.1" -> "5.10", "5.125" unchanged. */
function padCents(s: string): string {
  const dot = s.indexOf('.');
  if (dot < 0) return `${s}.00`;
  const places = s.length - dot - 1;
  return places >= 2 ? s : places === 1 ? `${s}0` : `${s}00`;
}

/** Commas between groups of three integer digits of an unsigned plain decimal string. */
function groupThousands(s: string): string {
  const dot = s.indexOf('.');
  const intLen = dot < 0 ? s.length : dot;
  if (intLen <= 3) return s;
  let out = s.slice(0, ((intLen - 1) % 3) + 1);
  for (let i = out.length; i < intLen; i += 3) out += `,${s.slice(i, i + 3)}`;
  return dot < 0 ? out : out + s.slice(dot);
}

/** Convert to a JS number: ONLY for feeding charts. Throws if the result is not finite. */
export function toChartNumber(x: Dec): number {
  const n = x.toNumber();
  if (!Number.isFinite(n)) throw new EngineError('not_a_number', 'chart', { value: x.toString() });
  return n;
}

/** True when a value is a Dec instance (of this module's clone). */
export function isDec(x: unknown): x is Dec {
  return x instanceof Dec;
}
