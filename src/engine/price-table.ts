/**
 * The one way a calculator reads its price table (internal: not exported from the engine's public
 * API). A price table is plain JSON the user may have edited: {@link priceTable} checks it is an
 * object and returns a frozen reader whose every read parses one value where it is used, so only
 * the prices a calculation actually uses are required. Every error is an {@link EngineError}
 * whose path is the table's path joined with the key (e.g. `prices.computeTypes.general1.small`).
 *
 * Catalog entries with provenance (value, unit, source, asOf) are loaded apart, in catalog.ts.
 */
import { parseCount, parseDecimal, type Dec, type ParseOptions } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { asRecord, own, describeRef } from './json.ts';

/** A checked price table, read key by key. */
export interface PriceTable {
  /** The table's own path (error paths are this path joined with a key). */
  readonly path: string;
  /** True when the table holds a value at `key` (not undefined, null or blank text). */
  has(key: string): boolean;
  /** The decimal price at `key`: `required` when missing, `not_a_number`, `negative`... as parseDecimal. */
  price(key: string, opts?: ParseOptions): Dec;
  /** The whole number at `key` (e.g. sessions included): as {@link PriceTable.price}, plus `not_integer`. */
  count(key: string, opts?: Omit<ParseOptions, 'integer'>): Dec;
  /** The nested table at `key` (e.g. prices by compute type); `what` names it in errors. */
  table(key: string, what: string): PriceTable;
  /**
   * The list of tables at `key` (e.g. annual tiers), each read by `read` in order: `required` when
   * missing, `invalid_type` (`what`) when not a list, `empty_group` when empty, `too_large` above
   * `max` rows; a row that is not an object is `invalid_type` (`row`) at `key.<index>`.
   */
  tables<R>(key: string, what: string, row: string, max: number, read: (t: PriceTable, index: number) => R): R[];
  /**
   * The optional list of names at `key` (e.g. prices marked UNCONFIRMED): empty when missing,
   * `invalid_type` (`what`) when not a list, `unknown_option` at `key.<index>` for a name not in `allowed`.
   */
  names(key: string, what: string, allowed: readonly string[]): ReadonlySet<string>;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null;
}

/**
 * Read the price table `value` found at `path`: `required` when undefined, `invalid_type` (expected
 * `what`) when it is not a plain object.
 */
export function priceTable(value: unknown, path: string, what: string): PriceTable {
  const t = asRecord(value, path, what);
  const at = (key: string | number): string => joinPath(path, key);
  const reader: PriceTable = {
    path,
    has: (key) => {
      const v = own(t, key);
      return !absent(v) && v !== '';
    },
    price: (key, opts) => parseDecimal(own(t, key), at(key), opts),
    count: (key, opts) => parseCount(own(t, key), at(key), opts),
    table: (key, tableWhat) => priceTable(own(t, key), at(key), tableWhat),
    tables: (key, listWhat, row, max, read) => {
      const p = at(key);
      const raw = own(t, key);
      if (absent(raw)) throw new EngineError('required', p);
      if (!Array.isArray(raw)) throw new EngineError('invalid_type', p, { expected: listWhat, got: describeRef(raw) });
      if (raw.length === 0) throw new EngineError('empty_group', p);
      if (raw.length > max) throw new EngineError('too_large', p, { value: String(raw.length), max: String(max) });
      return raw.map((r: unknown, i: number) => read(priceTable(r, joinPath(p, i), row), i));
    },
    names: (key, listWhat, allowed) => {
      const p = at(key);
      const raw = own(t, key);
      const out = new Set<string>();
      if (absent(raw)) return out;
      if (!Array.isArray(raw)) throw new EngineError('invalid_type', p, { expected: listWhat, got: describeRef(raw) });
      raw.forEach((k: unknown, i: number) => {
        if (typeof k !== 'string' || !allowed.includes(k)) {
          throw new EngineError('unknown_option', joinPath(p, i), { value: (typeof k === 'string' ? k : describeRef(k)).slice(0, 40) });
        }
        out.add(k);
      });
      return out;
    },
  };
  return Object.freeze(reader);
}
