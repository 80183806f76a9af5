/**
 * Durations as text: seconds split into days, hours, minutes and seconds ("8h 45m 36s"), and the
 * line-item params that let any language write the same duration.
 */
import { Dec, floorWhole } from '../decimal.ts';
import { EngineError } from '../errors.ts';

const MICRO = new Dec('1e-6');

/** A duration split into parts for the UI to localize. */
export interface DurationParts {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  /** Seconds including any fraction (exact for durations under a second, else as displayed). */
  readonly seconds: Dec;
}

/** A formatted duration. */
export interface FormattedDuration {
  /** The exact duration in seconds. */
  readonly totalSeconds: Dec;
  /** The parts, from the value as displayed (seconds rounded to `fractionDigits` from 1 s up). */
  readonly parts: DurationParts;
  /** The seconds part as display text, e.g. "0.48". */
  readonly secondsText: string;
  /** English text, e.g. "1m 0.48s", "8h 45m 36s", "0s". */
  readonly text: string;
}

/** Options for {@link formatDuration}. */
export interface DurationOptions {
  /** Decimal places kept on the seconds (default 2; trailing zeros trimmed). */
  readonly fractionDigits?: number;
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * Split a duration in seconds into days, hours, minutes and seconds, and write it in English:
 * 60.48 s -> "1m 0.48s" (99.99% of a week; not "1m 5s"), 31536 s -> "8h 45m 36s".
 * Parts run from the largest non-zero unit to the smallest non-zero one ("1h 0m 1s", "1h").
 * Seconds keep `fractionDigits` decimals (half-even, trailing zeros trimmed); a duration under
 * one second keeps 3 significant digits instead ("0.0000864s", or "3.05e-9s" below a microsecond)
 * so a tiny budget never reads "0s".
 */
export function formatDuration(seconds: Dec, opts: DurationOptions = {}): FormattedDuration {
  const places = opts.fractionDigits ?? 2;
  if (!Number.isInteger(places) || places < 0 || places > 20) {
    throw new EngineError('out_of_range', 'fractionDigits', { value: String(places), min: '0', max: '20' });
  }
  if (!seconds.isFinite()) throw new EngineError('not_a_number', 'seconds', { value: seconds.toString() });
  if (seconds.isNegative() && !seconds.isZero()) throw new EngineError('negative', 'seconds', { value: seconds.toString() });
  const total = seconds.isZero() ? new Dec(0) : seconds;
  if (total.gt(0) && total.lt(1)) {
    const sig = total.toSignificantDigits(3, Dec.ROUND_HALF_EVEN);
    // Below a microsecond, exponent notation ("3.05e-3301s") rather than a page of zeros.
    const s = total.lt(MICRO) ? sig.toExponential() : trim(sig.toFixed());
    return { totalSeconds: total, parts: { days: 0, hours: 0, minutes: 0, seconds: total }, secondsText: s, text: `${s}s` };
  }
  const shown = total.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
  const whole = floorWhole(shown);
  const frac = shown.minus(whole);
  const days = floorWhole(whole.div(86400));
  let rest = whole.minus(days.times(86400));
  const hours = floorWhole(rest.div(3600));
  rest = rest.minus(hours.times(3600));
  const minutes = floorWhole(rest.div(60));
  const secs = rest.minus(minutes.times(60)).plus(frac);
  const secondsText = trim(secs.toFixed(places, Dec.ROUND_HALF_EVEN));
  const values: [Dec, string][] = [
    [days, `${days.toFixed()}d`],
    [hours, `${hours.toFixed()}h`],
    [minutes, `${minutes.toFixed()}m`],
    [secs, `${secondsText}s`],
  ];
  const first = values.findIndex(([v]) => !v.isZero());
  let text = '0s';
  if (first >= 0) {
    let last = values.length - 1;
    while (values[last]![0].isZero()) last--;
    text = values.slice(first, last + 1).map(([, t]) => t).join(' ');
  }
  return {
    totalSeconds: total,
    parts: { days: days.toNumber(), hours: hours.toNumber(), minutes: minutes.toNumber(), seconds: secs },
    secondsText,
    text,
  };
}

/** The SI symbol of each unit letter of the English text (every part ends with one of them). */
const SYMBOL = { d: 'd', h: 'h', m: 'min', s: 's' } as const;

/**
 * Params that let the UI write a duration in any language: `durationSi`, the duration with the
 * SI unit symbols d, h, min and s after plain numbers ("5 h 54 min 35.92 s" for "5h 54m 35.92s",
 * the same parts as the English text; a value below a microsecond in powers of ten, "3.05 × 10^-9 s",
 * so each language writes its own decimal mark), and each part as a plain number (`durationDays`,
 * `durationHours`, `durationMinutes`, and `durationSeconds` as displayed, e.g. "35.92").
 */
export function durationParams(d: FormattedDuration): Record<string, string> {
  return {
    durationSi: d.text
      .split(' ')
      // Only a value below a microsecond has an "e" (toExponential: "3.05e-9").
      .map((part) => `${part.slice(0, -1).replace('e', ' × 10^')} ${SYMBOL[part.slice(-1) as keyof typeof SYMBOL]}`)
      .join(' '),
    durationDays: String(d.parts.days),
    durationHours: String(d.parts.hours),
    durationMinutes: String(d.parts.minutes),
    durationSeconds: d.secondsText,
  };
}
