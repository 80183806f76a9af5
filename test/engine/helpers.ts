/** Helpers shared by the engine and catalog tests. */
import { EngineError } from '../../src/engine/errors.ts';
import { ERROR_TEMPLATES, interpolate } from '../../src/engine/index.ts';

/** The EngineError a call throws (fails the test if it throws anything else or nothing). */
export function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
}

/**
 * An error param as the English page reads it: a phrase key ("@msg:error.expected.text") becomes
 * its English phrase ("text"); any other value is returned as it is.
 */
export function phraseText(value: string | undefined, params: Readonly<Record<string, string>> = {}): string | undefined {
  const key = value === undefined ? undefined : /^@msg:(.+)$/.exec(value)?.[1];
  if (key === undefined) return value;
  const phrase = (ERROR_TEMPLATES as Record<string, string>)[key];
  return phrase === undefined ? value : interpolate(phrase, params, 'en');
}

/** Line items as the page shows them: key, amount, kind, unit. */
export function lineRows(lines: readonly { key: string; amount: { toFixed(): string }; kind: string; unit: string }[]): string[][] {
  return lines.map((l) => [l.key, l.amount.toFixed(), l.kind, l.unit]);
}
