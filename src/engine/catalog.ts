/**
 * Catalog types: every default price and SLA carries its value (a decimal string), unit,
 * source and as-of date, plus an `unconfirmed` flag where the domain reference says so.
 * Catalog JSON lives in `src/data`; it is validated when loaded (see `validatePriceEntry`).
 * Calculators read the price tables they are given (defaults or a user's values) through
 * `priceTable` (price-table.ts).
 */
import { parseDecimal, type Dec } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { isRecord } from './json.ts';

/** One default price with its provenance. */
export interface PriceEntry {
  /** Decimal string, e.g. "0.30". */
  readonly value: string;
  /** What the price is per, e.g. "USD per session", "USD per build-minute". */
  readonly unit: string;
  /** Where the value comes from. */
  readonly source: string;
  /** The date the value reflects, YYYY-MM-DD or YYYY-MM or YYYY. */
  readonly asOf: string;
  /** True where the domain reference marks the value UNCONFIRMED. */
  readonly unconfirmed?: boolean;
  /** Optional remark shown beside the source. */
  readonly note?: string;
}

const AS_OF_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Validate one catalog entry at load time; returns its value as a decimal. */
export function validatePriceEntry(entry: unknown, path: string): Dec {
  if (typeof entry !== 'object' || entry === null) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.priceEntry' });
  const e = entry as Record<string, unknown>;
  for (const k of ['value', 'unit', 'source', 'asOf'] as const) {
    if (typeof e[k] !== 'string' || (e[k] as string).trim() === '') {
      throw new EngineError('required', joinPath(path, k));
    }
  }
  if (!AS_OF_RE.test(e.asOf as string)) throw new EngineError('invalid_date', joinPath(path, 'asOf'), { value: e.asOf as string });
  if (e.unconfirmed !== undefined && typeof e.unconfirmed !== 'boolean') {
    throw new EngineError('invalid_type', joinPath(path, 'unconfirmed'), { expected: '@msg:error.expected.trueOrFalse' });
  }
  return parseDecimal(e.value, joinPath(path, 'value'));
}

/** A catalog table at `path`: a plain object, else `invalid_type` with what was `expected`. */
export function catalogRecord(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (!isRecord(value)) throw new EngineError('invalid_type', path, { expected });
  return value;
}

/**
 * Validate one catalog entry (see {@link validatePriceEntry}) and return a frozen copy holding only
 * the {@link PriceEntry} fields; with `unit`, the entry must be in that unit (`unknown_option`).
 */
export function loadPriceEntry(value: unknown, path: string, unit?: string): PriceEntry {
  validatePriceEntry(value, path);
  const e = value as Record<string, unknown>;
  if (unit !== undefined && e.unit !== unit) throw new EngineError('unknown_option', joinPath(path, 'unit'), { value: e.unit as string, allowed: unit });
  const out: PriceEntry = {
    value: e.value as string,
    unit: e.unit as string,
    source: e.source as string,
    asOf: e.asOf as string,
    ...(e.unconfirmed === true ? { unconfirmed: true } : {}),
    ...(typeof e.note === 'string' ? { note: e.note } : {}),
  };
  return Object.freeze(out);
}

/** A price override: the user's value replaces the catalog's, provenance says "your value". */
export function priceValue(entry: PriceEntry, override: string | undefined, path: string): Dec {
  return parseDecimal(override ?? entry.value, path);
}
