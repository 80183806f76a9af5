/**
 * Naming and quoting untrusted values in messages without running any code they could carry.
 *
 * `String(x)`, a template literal or `x + ''` on a value read from JSON calls its "toString" or
 * "valueOf" key, and JSON.parse makes such keys own data properties: `{"toString":0}` throws a
 * TypeError there. These helpers look only at `typeof` (no Object.prototype.toString either, which
 * reads Symbol.toStringTag). No imports: the app shell uses them too.
 */

/** What a value is: "null", "a list" or its typeof ("object", "string", "undefined", ...). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

/**
 * What a value is, as a phrase of the error messages (src/engine/error-templates.ts), so each
 * language names it in its own words: "@msg:error.got.list", "@msg:error.got.string", ...
 */
export function describeRef(value: unknown): string {
  if (value === null) return '@msg:error.got.null';
  if (Array.isArray(value)) return '@msg:error.got.list';
  return `@msg:error.got.${typeof value}`;
}

/**
 * An untrusted value quoted in a message: text cut to `max` characters, a number or boolean
 * written out, anything else named by {@link describe}.
 */
export function quote(value: unknown, max = 40): string {
  if (typeof value === 'string') return value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value).slice(0, max);
  return describe(value);
}

/**
 * An untrusted value quoted in an error's params: text cut to `max` characters, a number or
 * boolean written out, anything else the phrase that names what it is ({@link describeRef}).
 */
export function quoteRef(value: unknown, max = 40): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return quote(value, max);
  return describeRef(value);
}
