/**
 * One error type for every invalid input the engine sees.
 *
 * `code` is stable (the UI translates it), `path` names the offending field in the scenario
 * JSON (e.g. "components.2.readerGroups.0.sessions"), `params` carries the values the message
 * quotes, `key` names the message's template (error-templates.ts: English there, the other
 * languages' twins in the app) and `message` is that template filled in, in English.
 */
import { ERROR_TEMPLATES, errorKey, renderError } from './error-templates.ts';

export type ErrorCode =
  | 'required'
  | 'not_a_number'
  | 'float_not_allowed'
  | 'decimal_comma'
  | 'negative'
  | 'not_positive'
  | 'not_integer'
  | 'too_large'
  | 'too_small'
  | 'unknown_option'
  | 'unknown_price'
  | 'unknown_time_zone'
  | 'invalid_time'
  | 'empty_period'
  | 'invalid_date'
  | 'k_greater_than_n'
  | 'empty_group'
  | 'too_deep'
  | 'too_much_work'
  | 'invalid_type'
  | 'unknown_version'
  | 'duplicate_id'
  | 'contact_sales'
  | 'out_of_range'
  | 'standard_no_readers';

export type ErrorParams = Readonly<Record<string, string>>;

/** The engine's only error type. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: ErrorCode,
    readonly path: string,
    readonly params: ErrorParams = {},
  ) {
    const plain = renderError(ERROR_TEMPLATES, errorKey(code, params), params) ?? code;
    super(`${plain}${path ? ` (at ${path})` : ''}`);
  }

  /** The message's template key: the code, or its variant for these params ("error.invalid_type.got"). */
  get key(): string {
    return errorKey(this.code, this.params);
  }

  /** The English message without the path suffix. */
  get plainMessage(): string {
    return renderError(ERROR_TEMPLATES, this.key, this.params) ?? this.code;
  }
}

/** Join path segments: joinPath('a', 0, 'b') === 'a.0.b'. */
export function joinPath(...parts: (string | number)[]): string {
  // As parts.filter((p) => p !== '').join('.'), without the two intermediate arrays.
  let out: string | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '') continue;
    const s = p === undefined || p === null ? '' : String(p);
    out = out === undefined ? s : `${out}.${s}`;
  }
  return out ?? '';
}

/** Result type for the "safe" variants of engine functions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** Run `fn`; return its value or the EngineError it threw. Other errors are bugs and rethrown. */
export function attempt<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: e };
    throw e;
  }
}
