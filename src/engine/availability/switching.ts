/**
 * A failover's switching downtime in a (365-day) year: failures a year x the switch time, where a
 * failure rate given as an MTBF is 8,760 h / MTBF failures a year. The editor shows it beside the
 * fields; the composite availability uses the same product as a fraction of the year.
 */
import { Dec, parseDecimal } from '../decimal.ts';
import { EngineError } from '../errors.ts';

const HOURS_A_YEAR = new Dec(8760);

/** How the primary's failure rate is given. */
export type FailureRate = { readonly failuresPerYear: unknown } | { readonly mtbfHours: unknown };

/**
 * Seconds of switching downtime a year, or null while an input is not a valid number (the fields
 * show their own messages then).
 */
export function switchingSecondsPerYear(switchSeconds: unknown, rate: FailureRate): Dec | null {
  try {
    // Stryker disable next-line StringLiteral: the path only names an EngineError, which the catch below turns into null, so it is never read
    const s = parseDecimal(switchSeconds, 'switchSeconds');
    const f = 'failuresPerYear' in rate
      ? // Stryker disable next-line StringLiteral: the path only names an EngineError, which the catch below turns into null, so it is never read
        parseDecimal(rate.failuresPerYear, 'failuresPerYear')
      : // Stryker disable next-line StringLiteral: the path only names an EngineError, which the catch below turns into null, so it is never read
        HOURS_A_YEAR.div(parseDecimal(rate.mtbfHours, 'mtbfHours', { positive: true }));
    return s.times(f);
  } catch (e) {
    if (e instanceof EngineError) return null;
    throw e;
  }
}
