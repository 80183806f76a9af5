/**
 * Display helpers for availability figures, and the nines.
 *
 * Availabilities are exact decimals that can carry up to 60 significant digits (an MTBF ratio, a
 * product of many factors). Formula text shows them exactly when they are short, and otherwise
 * rounded with a leading "~" to enough places that the digits which matter (those of 1 - A when
 * A is close to 1) stay visible. Nothing here rounds a value that is returned as a number.
 */
import { Dec, ONE, ZERO, num } from '../decimal.ts';
import { AVAILABILITY_LINES } from './lines.ts';

/** Most decimal places shown exactly before a value is abbreviated with "~". */
const EXACT_PLACES = 16;

function placesFor(x: Dec): number {
  // Enough places to show 6 significant digits of the smaller of x and 1 - x.
  const u = ONE.minus(x);
  const small = x.abs().lt(u.abs()) ? x.abs() : u.abs();
  // (0 or 1 never gets here: both are exact. A zero's exponent would be 0, giving 16 places anyway.)
  return Math.min(60, Math.max(EXACT_PLACES, -small.e + 5));
}

/** `x` rounded half-even to `places` decimal places, written without trailing zeros ("0.5", "3"). */
function rounded(x: Dec, places: number): string {
  return x.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN).toFixed();
}

/** Values below this are written in exponent notation ("3.05e-3301"), never as a page of zeros. */
const TINY = new Dec('1e-40');
const PICO = new Dec('1e-12');

/** A positive value in exponent notation with up to `sig` significant digits: "3.05e-3301". */
export function showExponent(x: Dec, sig = 6): string {
  return x.toSignificantDigits(sig, Dec.ROUND_HALF_EVEN).toExponential();
}

/**
 * A fraction (an availability or unavailability in [0, 1]) as formula text: exact when it has at
 * most 16 decimal places ("0.99940005"), else "~" and enough places to show 1 - A
 * ("~0.998003992015968064"); within 1e-40 of 0 or 1, exponent notation ("~3.05e-3301",
 * "~1 - 3.05e-3301").
 */
export function showFraction(x: Dec): string {
  if (x.decimalPlaces() <= EXACT_PLACES) return x.toFixed();
  if (x.gt(0) && x.lt(TINY)) return `~${showExponent(x)}`;
  const u = ONE.minus(x);
  if (u.gt(0) && u.lt(TINY)) return `~1 - ${showExponent(u)}`;
  return `~${rounded(x, placesFor(x))}`;
}

/** A fraction shown as a percent without the sign: 0.9995 -> "99.95"; long values get "~". */
export function showPercent(fraction: Dec): string {
  const p = fraction.times(100);
  if (p.decimalPlaces() <= EXACT_PLACES - 2) return p.toFixed();
  const u = ONE.minus(fraction);
  if (fraction.gt(0) && fraction.lt(TINY)) return `~${showExponent(p)}`;
  if (u.gt(0) && u.lt(TINY)) return `~100 - ${showExponent(u.times(100))}`;
  return `~${rounded(p, placesFor(fraction) - 2)}`;
}

/**
 * Any non-negative quantity (seconds, requests, rates) as formula text: thousands grouped, exact
 * up to 12 decimal places, otherwise "~" and 12 significant digits (exponent notation below 1e-12).
 */
export function showQuantity(x: Dec): string {
  if (x.decimalPlaces() <= 12) return num(x, 12);
  if (x.abs().lt(PICO)) return `~${showExponent(x, 12)}`;
  const s = x.toSignificantDigits(12, Dec.ROUND_HALF_EVEN);
  return `~${num(s, Math.max(12, s.decimalPlaces()))}`;
}

/** The number of nines of an availability, or none when it is perfect. */
export interface Nines {
  /** -log10(1 - A), exact to 60 significant digits; `null` when A = 1 (no finite nines). */
  readonly nines: Dec | null;
  /** True when A = 1: no downtime at all. */
  readonly perfect: boolean;
  /** Display text: "3", "3.30103" (5 places), or "100% (no downtime)". */
  readonly text: string;
}

/**
 * Nines = -log10(U) where U = 1 - A, computed with exact decimals: 99.9% gives exactly 3 (a
 * JavaScript float gives 2.9999999999999996) and 99.95% gives 3.30102999566... ("3.30103").
 * U = 0 has no finite nines: the result says `perfect` and carries `nines: null`, never Infinity.
 */
export function ninesOf(unavailability: Dec): Nines {
  if (unavailability.lte(0)) return { nines: null, perfect: true, text: '100% (no downtime)' };
  // 0 - log10(U) so that U = 1 gives +0, not -0.
  const n = ZERO.minus(unavailability.log(10));
  return { nines: n, perfect: false, text: showNines(n) };
}

/** Nines as display text, 5 decimal places at most, trailing zeros trimmed: "3", "3.30103". */
export function showNines(n: Dec): string {
  return rounded(n, 5);
}

/**
 * A line-item param that names another template of the availability lines (lines.ts) instead of
 * carrying text: `@msg:<key>`. The English text (explain.ts renderLine) and the other languages
 * (src/lib/i18n/localize.ts) replace it with that phrase in their language, filled in with the
 * line's other params: e.g. `conventionName` is "@msg:availability.conv.365-day.long", `subject`
 * "@msg:availability.weakest.subject.switchover" with the failover's name in `failover`.
 */
export function messageRef(key: keyof typeof AVAILABILITY_LINES): string {
  return `@msg:${key}`;
}

/**
 * The `service` param of a line about an SLA: a reference to the service's name when the SLA id is
 * one of the catalog's (a formula never shows a raw id), else `fallback` (an SLA the user added:
 * its own name, or its id).
 */
export function serviceRef(slaId: string, fallback: string = slaId): string {
  const key = `availability.service.${slaId}`;
  return Object.prototype.hasOwnProperty.call(AVAILABILITY_LINES, key) ? `@msg:${key}` : fallback;
}

/** A fraction (0..1) in percent units, exact: 0.99932 -> 99.932. */
export function toPercentUnits(fraction: Dec): Dec {
  return fraction.times(100);
}

/** Seconds as hours and as days, exact (a period's length shown either way). */
export function secondsAs(seconds: Dec): { readonly hours: Dec; readonly days: Dec } {
  return { hours: seconds.div(3600), days: seconds.div(86400) };
}
