/**
 * The arithmetic of availability composition, on exact decimals.
 *
 * Every value is carried as a pair (A, U) with U = 1 - A, and each rule updates both from sums
 * and products of non-negative terms, so neither suffers cancellation: a series of parts that
 * are each 1 - 1e-30 available keeps all the digits of its unavailability. Results are exact
 * whenever they fit in 60 significant digits (any everyday tree) and correctly rounded at 60
 * digits otherwise (e.g. a 500-member k-of-n, whose exact value has thousands of digits).
 */
import { Dec, ONE, ZERO } from '../decimal.ts';

/** An availability and its unavailability, A + U = 1 (up to rounding at the 60th digit). */
export interface AU {
  readonly a: Dec;
  readonly u: Dec;
}

/** A part that never fails. */
export const PERFECT: AU = Object.freeze({ a: ONE, u: ZERO });
/** A part that never works. */
export const FAILED: AU = Object.freeze({ a: ZERO, u: ONE });

/** An (A, U) pair from an availability fraction in [0, 1]. */
export function fromFraction(a: Dec): AU {
  return { a, u: ONE.minus(a) };
}

/**
 * Two parts in series: A = A1 x A2, U = U1 + A1 x U2 (equal to 1 - A1 x A2, without the
 * subtraction).
 */
export function combineSeries(x: AU, y: AU): AU {
  return { a: x.a.times(y.a), u: x.u.plus(x.a.times(y.u)) };
}

/** Two parts in parallel: U = U1 x U2, A = A1 + U1 x A2 (equal to 1 - U1 x U2). */
export function combineParallel(x: AU, y: AU): AU {
  return { a: x.a.plus(x.u.times(y.a)), u: x.u.times(y.u) };
}

/** Series (every part needed): A = product of A_i. An empty series is perfect. */
export function seriesAU(parts: readonly AU[]): AU {
  let acc = PERFECT;
  for (const p of parts) acc = combineSeries(acc, p);
  return acc;
}

/** Parallel / active redundancy (any one part suffices): A = 1 - product of (1 - A_i). */
export function parallelAU(parts: readonly AU[]): AU {
  let acc = FAILED;
  for (const p of parts) acc = combineParallel(acc, p);
  return acc;
}

/** `copies` identical parts in parallel (a component's replicas): A = 1 - U^copies. */
export function replicateAU(part: AU, copies: number): AU {
  let acc = part;
  for (let i = 1; i < copies; i++) acc = combineParallel(acc, part);
  return acc;
}

/** One term of a k-of-n sum, kept for the explanation. */
export interface KOfNTerm {
  readonly i: number;
  /** C(n, i) (rounded at 60 digits if it has more). */
  readonly coefficient: Dec;
  /** C(n, i) x A^i x U^(n-i). */
  readonly value: Dec;
}

/** Result of {@link kOfNAU}: the pair plus, when asked, the terms of the sum. */
export interface KOfNResult extends AU {
  /** Terms i = k..n, only when `keepTerms` was asked (for short formulas). */
  readonly terms: readonly KOfNTerm[];
}

/**
 * k-of-n (n identical parts of availability A, at least k needed):
 * A = sum_{i=k..n} C(n,i) A^i (1-A)^(n-i), and U = the sum of the terms i = 0..k-1, so both
 * keep full precision. O(n): C(n,i) A^i is updated from the previous term by the ratio
 * x (n-i+1)/i x A (no factorials, no divisions by A), and the powers of U are tabulated once.
 * Requires 1 <= k <= n (checked by the caller).
 */
export function kOfNAU(member: AU, k: number, n: number, keepTerms = false): KOfNResult {
  if (member.u.isZero()) return { ...PERFECT, terms: [] };
  if (member.a.isZero()) return { ...FAILED, terms: [] };
  const uPow: Dec[] = new Array<Dec>(n + 1);
  uPow[0] = ONE;
  for (let j = 1; j <= n; j++) uPow[j] = uPow[j - 1]!.times(member.u);
  let a = ZERO;
  let u = ZERO;
  const terms: KOfNTerm[] = [];
  // x = C(n, i) x A^i; coefficient tracked separately only when terms are kept.
  let x = ONE;
  let c = ONE;
  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      x = x.times(member.a).times(n - i + 1).div(i);
      if (keepTerms) c = c.times(n - i + 1).div(i);
    }
    const term = x.times(uPow[n - i]!);
    if (i >= k) {
      a = a.plus(term);
      if (keepTerms) terms.push({ i, coefficient: c, value: term });
    } else {
      u = u.plus(term);
    }
  }
  // Each sum is correctly rounded, but the larger one can exceed 1 by a rounding unit (e.g. 1 of
  // 11 near-perfect members). The smaller sum is the precise one: derive the other from it, so
  // A + U = 1 and both stay in [0, 1].
  if (u.lte(a)) a = ONE.minus(u);
  else u = ONE.minus(a);
  return { a, u, terms };
}

/**
 * Standby / failover pair (an approximation, stated on screen): the pair is down when both parts
 * are down (U_primary x U_standby, assuming independence) plus, for every failure of the active
 * part, the detection-and-switch time even when the standby works:
 * U = U_p x U_s + switchFraction, clamped to [0, 1], where switchFraction = failures per unit
 * time x switch time. A = (A_p + U_p x A_s) - switchFraction, clamped to [0, 1].
 */
export function failoverAU(primary: AU, standby: AU, switchFraction: Dec): AU & { readonly clamped: boolean } {
  const bothDown = primary.u.times(standby.u);
  const u = bothDown.plus(switchFraction);
  if (u.gte(1)) return { ...FAILED, clamped: true };
  const a = primary.a.plus(primary.u.times(standby.a)).minus(switchFraction);
  if (a.lte(0)) return { ...FAILED, clamped: true };
  return { a, u, clamped: false };
}
