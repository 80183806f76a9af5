/**
 * AWS SLAs: the catalog entry type, its validation, and the service credit a measured monthly
 * uptime earns.
 *
 * A tier reads "less than X% but at least Y%" (domain.md section 4): a measured uptime equal to
 * the commitment earns no credit, and a value equal to a lower bound falls in the better tier.
 * An SLA is a contract floor (credits apply below it), not a measured availability.
 */
import { ZERO, parseDecimal, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { validatePriceEntry } from '../catalog.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { messageRef, serviceRef } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';
import { describeRef } from '../quote.ts';

const line = lineMaker(AVAILABILITY_LINES);

/** One credit tier: measured uptime below `below` and at least `atLeast` earns `credit`. */
export interface SlaTier {
  /** Upper bound, exclusive, percent ("99.99"). */
  readonly below: string;
  /** Lower bound, inclusive, percent ("99.0"); absent for the last tier, or where unknown. */
  readonly atLeast?: string;
  /** Credit: a percent of the month's bill, or days of service (see `creditUnit`). */
  readonly credit: string;
}

/** One SLA of the catalog. */
export interface SlaEntry {
  /** Stable id, e.g. "rds-multi-az". */
  readonly id: string;
  /** English name, e.g. "RDS Multi-AZ instance or cluster". */
  readonly name: string;
  /** Monthly uptime commitment, percent, as a decimal string ("99.95"). */
  readonly sla: string;
  /** What the uptime counts: minutes of unavailability, or request error rates. */
  readonly measure: 'minutes' | 'requests';
  /** False where the measure is not stated by nubecalc's domain reference (inferred). */
  readonly measureConfirmed: boolean;
  /** Credits are a percent of the bill, or days of service (Route 53). */
  readonly creditUnit: 'percent' | 'days';
  /** Credit tiers, best (highest uptime) first; may be partial or empty where not confirmed. */
  readonly tiers: readonly SlaTier[];
  /** False where the domain reference says the tiers (or the lower ones) are not confirmed. */
  readonly tiersConfirmed: boolean;
  /** True where the SLA value itself comes from secondary sources. */
  readonly unconfirmed?: boolean;
  /** Where the value comes from. */
  readonly source: string;
  /** Date the value reflects (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly asOf: string;
  /** Remark shown beside the source. */
  readonly note?: string;
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

function str(o: Record<string, unknown>, k: string, path: string): string {
  const v = o[k];
  if (typeof v !== 'string' || v.trim() === '') throw new EngineError('required', joinPath(path, k));
  return v;
}

function bool(o: Record<string, unknown>, k: string, path: string): boolean {
  const v = o[k];
  if (typeof v !== 'boolean') throw new EngineError('invalid_type', joinPath(path, k), { expected: '@msg:error.expected.trueOrFalse' });
  return v;
}

function oneOf<T extends string>(o: Record<string, unknown>, k: string, allowed: readonly T[], path: string): T {
  const v = o[k];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new EngineError('unknown_option', joinPath(path, k), { value: typeof v === 'string' ? v.slice(0, 40) : describeRef(v), allowed: allowed.join(', ') });
  }
  return v as T;
}

const TIER_ORDER = '@msg:error.expected.tierOrder';

/**
 * Validate one SLA entry (catalog JSON or a user's edited copy) and return it typed. Checks the
 * provenance like a price entry, the SLA percent (0 to 100), and that the tiers run downward from
 * the commitment without gaps.
 */
export function validateSlaEntry(entry: unknown, path: string): SlaEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.slaEntry' });
  }
  const e = entry as Record<string, unknown>;
  const id = str(e, 'id', path);
  if (!ID_RE.test(id)) throw new EngineError('invalid_type', joinPath(path, 'id'), { expected: '@msg:error.expected.slaIdFormat', got: id.slice(0, 40) });
  const name = str(e, 'name', path);
  validatePriceEntry(
    { value: e.sla, unit: 'percent monthly uptime', source: e.source, asOf: e.asOf, unconfirmed: e.unconfirmed },
    path,
  );
  const sla = parseDecimal(e.sla, joinPath(path, 'sla'), { max: '100' });
  const measure = oneOf(e, 'measure', ['minutes', 'requests'] as const, path);
  const creditUnit = oneOf(e, 'creditUnit', ['percent', 'days'] as const, path);
  const measureConfirmed = bool(e, 'measureConfirmed', path);
  const tiersConfirmed = bool(e, 'tiersConfirmed', path);
  if (!Array.isArray(e.tiers)) throw new EngineError('invalid_type', joinPath(path, 'tiers'), { expected: '@msg:error.expected.listOfTiers' });
  const tiers: SlaTier[] = [];
  let previousLower: Dec | null = sla;
  e.tiers.forEach((t: unknown, i: number) => {
    const tp = joinPath(path, 'tiers', i);
    if (typeof t !== 'object' || t === null || Array.isArray(t)) throw new EngineError('invalid_type', tp, { expected: '@msg:error.expected.tierBelowAtLeastCredit' });
    const r = t as Record<string, unknown>;
    const below = parseDecimal(r.below, joinPath(tp, 'below'), { max: '100' });
    const atLeast = r.atLeast === undefined ? null : parseDecimal(r.atLeast, joinPath(tp, 'atLeast'), { max: '100' });
    parseDecimal(r.credit, joinPath(tp, 'credit'), creditUnit === 'percent' ? { max: '100' } : {});
    if (previousLower === null || !below.eq(previousLower) || (atLeast !== null && atLeast.gte(below))) {
      throw new EngineError('invalid_type', joinPath(tp, 'below'), { expected: TIER_ORDER });
    }
    previousLower = atLeast;
    tiers.push(Object.freeze({ below: String(r.below), ...(atLeast ? { atLeast: String(r.atLeast) } : {}), credit: String(r.credit) }));
  });
  const out: SlaEntry = {
    id,
    name,
    sla: String(e.sla),
    measure,
    measureConfirmed,
    creditUnit,
    tiers: Object.freeze(tiers),
    tiersConfirmed,
    ...(e.unconfirmed === true ? { unconfirmed: true } : {}),
    source: String(e.source),
    asOf: String(e.asOf),
    ...(typeof e.note === 'string' ? { note: e.note } : {}),
  };
  return Object.freeze(out);
}

/**
 * How a measured uptime relates to the SLA:
 * - `met`: at or above the commitment, no credit;
 * - `credit`: inside a known tier;
 * - `credit-minimum`: inside the last known tier whose lower bound is not confirmed, so the credit
 *   is at least the one shown (lower tiers, if any, pay more);
 * - `tiers-unknown`: below the commitment, but no tier covers the value (tiers not confirmed).
 */
export type SlaCreditStatus = 'met' | 'credit' | 'credit-minimum' | 'tiers-unknown';

/** The credit a measured monthly uptime earns. */
export interface SlaCreditResult {
  readonly slaId: string;
  readonly commitment: Dec;
  readonly measuredPercent: Dec;
  readonly status: SlaCreditStatus;
  /** The tier the value falls in, or null. */
  readonly tier: SlaTier | null;
  /** Credit (percent of the bill, or days of service); 0 when met; null when unknown. */
  readonly credit: Dec | null;
  readonly creditUnit: 'percent' | 'days';
  /** Copied from the entry so the UI can flag unconfirmed figures. */
  readonly tiersConfirmed: boolean;
  readonly unconfirmed: boolean;
  readonly lines: readonly LineItem[];
}

/**
 * The service credit for a measured monthly uptime percent (0 to 100, parsed at
 * `path.measuredPercent`) under one SLA entry (validated at `path.sla`). A value equal to the
 * commitment earns nothing; a value equal to a tier's lower bound falls in that (better) tier.
 */
export function slaCredit(entry: unknown, measuredPercent: unknown, path = ''): SlaCreditResult {
  const sla = validateSlaEntry(entry, joinPath(path, 'sla'));
  const measured = parseDecimal(measuredPercent, joinPath(path, 'measuredPercent'), { max: '100' });
  const commitment = parseDecimal(sla.sla, joinPath(path, 'sla', 'sla'));
  const base = {
    slaId: sla.id,
    commitment,
    measuredPercent: measured,
    creditUnit: sla.creditUnit,
    tiersConfirmed: sla.tiersConfirmed,
    unconfirmed: sla.unconfirmed === true,
  };
  // The service is named by its catalog name (in the page language), never by its id.
  const params: Record<string, string> = { sla: sla.id, service: serviceRef(sla.id, sla.name), commitment: sla.sla, measured: measured.toFixed(), unit: sla.creditUnit };
  if (measured.gte(commitment)) {
    return { ...base, status: 'met', tier: null, credit: ZERO, lines: [line('availability.sla.met', ZERO, params, 'info', sla.creditUnit)] };
  }
  const tier =
    sla.tiers.find((t) => measured.lt(t.below) && (t.atLeast === undefined || measured.gte(t.atLeast))) ?? null;
  const last = sla.tiers[sla.tiers.length - 1];
  if (tier === null) {
    const key = sla.creditUnit === 'days' && sla.tiers.length === 0 ? 'availability.sla.unknownDays' : 'availability.sla.unknown';
    return { ...base, status: 'tiers-unknown', tier: null, credit: null, lines: [line(key, ZERO, params, 'info', sla.creditUnit)] };
  }
  const credit = parseDecimal(tier.credit, '');
  const minimum = !sla.tiersConfirmed && tier === last && tier.atLeast === undefined;
  const tierParams = {
    ...params,
    below: tier.below,
    atLeast: tier.atLeast ?? '',
    range: messageRef(tier.atLeast === undefined ? 'availability.sla.range.below' : 'availability.sla.range.between'),
    credit: tier.credit,
  };
  const key = minimum
    ? (`availability.sla.creditMinimum.${sla.creditUnit}` as const)
    : sla.tiersConfirmed
      ? (`availability.sla.credit.${sla.creditUnit}` as const)
      : (`availability.sla.credit.${sla.creditUnit}.unconfirmed` as const);
  return { ...base, status: minimum ? 'credit-minimum' : 'credit', tier, credit, lines: [line(key, credit, tierParams, 'info', sla.creditUnit)] };
}
