/**
 * One error type for every invalid input the engine sees.
 *
 * `code` is stable (the UI translates it), `path` names the offending field in the scenario
 * JSON (e.g. "components.2.readerGroups.0.sessions"), `params` carries the values the message
 * quotes, and `message` is an English sentence a student understands.
 */
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

/** The work budget's limits (src/engine/limits.ts) in words. */
const WORK_WORDS: Readonly<Record<string, string>> = {
  nodes: 'architecture nodes',
  replicaMembers: 'component copies (replicas)',
  kOfNMembers: 'k-of-n members',
  chartPoints: 'chart points',
};

const MESSAGES: Record<ErrorCode, (p: ErrorParams) => string> = {
  required: () => 'A value is required here.',
  not_a_number: (p) => `"${p.value ?? ''}" is not a number.`,
  float_not_allowed: (p) => `${p.value} was given as a floating-point number; write decimals as text (e.g. "0.30") so they stay exact.`,
  decimal_comma: (p) => `"${p.value}" uses a decimal comma; write it with a point (e.g. "${(p.value ?? '').replace(',', '.')}").`,
  negative: (p) => `${p.value} is negative; this value cannot be below zero.`,
  not_positive: (p) => `${p.value} must be greater than zero.`,
  not_integer: (p) => `${p.value} must be a whole number.`,
  too_large: (p) => `${p.value} is too large (the most allowed is ${p.max}).`,
  too_small: (p) => `${p.value} is too small (the least allowed is ${p.min}).`,
  unknown_option: (p) => `"${p.value}" is not one of the allowed values${p.allowed ? ` (${p.allowed})` : ''}.`,
  unknown_price: (p) => `No price is known for "${p.value}"${p.where ? ` in ${p.where}` : ''}; enter one.`,
  unknown_time_zone: (p) => `"${p.value}" is not a known time zone (use an IANA name such as Europe/Madrid).`,
  invalid_time: (p) => `"${p.value}" is not a time of day (use HH:MM, 00:00 to 24:00).`,
  empty_period: () => 'This period starts and ends at the same time, so it never runs.',
  invalid_date: (p) => `"${p.value}" is not a date (use YYYY-MM-DD).`,
  k_greater_than_n: (p) => `At least ${p.k} of ${p.n} cannot be met: k must not exceed the number of members.`,
  empty_group: () => 'This group has no members.',
  too_deep: (p) => `The architecture is nested too deeply (more than ${p.max} levels).`,
  too_much_work: (p) => `This asks for too much work: ${p.value} ${WORK_WORDS[p.limit ?? ''] ?? 'units of work'} in all, and nubecalc evaluates at most ${p.max} (the "${p.limit ?? 'work'}" limit).`,
  invalid_type: (p) => `Expected ${p.expected}${p.got ? `, got ${p.got}` : ''}.`,
  unknown_version: (p) => `Scenario format version ${p.value} is not supported (this nubecalc reads version ${p.supported}).`,
  duplicate_id: (p) => `The id "${p.value}" is used twice.`,
  contact_sales: (p) => `${p.value} is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.`,
  out_of_range: (p) => `${p.value} is out of range (${p.min} to ${p.max}).`,
  standard_no_readers: (p) => `QuickSight Standard edition has authors only, no readers (${p.readers ?? 'some'} given); choose Enterprise edition to price readers.`,
};

/** The engine's only error type. */
export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: ErrorCode,
    readonly path: string,
    readonly params: ErrorParams = {},
  ) {
    super(`${MESSAGES[code](params)}${path ? ` (at ${path})` : ''}`);
  }

  /** The English message without the path suffix. */
  get plainMessage(): string {
    return MESSAGES[this.code](this.params);
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
