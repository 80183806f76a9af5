/**
 * Downtime: U x the length of each period (year, quarter, month, week, day) under a named
 * convention (conventions.ts); every figure names the convention it used.
 */
import type { Dec } from '../decimal.ts';
import { EngineError } from '../errors.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { CONVENTION_NAMES, PERIOD_NAMES, conventionAt, type Convention, type ConventionName, type PeriodName } from './conventions.ts';
import { durationParams, formatDuration, type DurationOptions, type FormattedDuration } from './duration.ts';
import { messageRef, showFraction, showQuantity } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';

const line = lineMaker(AVAILABILITY_LINES);

/** One row of a downtime table. */
export interface DowntimeRow {
  readonly period: PeriodName;
  /** The convention this figure used (every figure names it). */
  readonly convention: ConventionName;
  /** Length of the period in seconds under that convention. */
  readonly periodSeconds: Dec;
  /** Allowed downtime = U x period, exact, in seconds. */
  readonly downtimeSeconds: Dec;
  /** The downtime as parts and English text. */
  readonly duration: FormattedDuration;
}

/** Downtime (the error budget in time) for every period under one convention. */
export interface DowntimeTable {
  readonly convention: Convention;
  readonly unavailability: Dec;
  readonly rows: readonly DowntimeRow[];
  readonly lines: readonly LineItem[];
}

function periodText(p: PeriodName, c: Convention): string {
  const s = c.seconds[p];
  const hours = s.div(3600);
  const days = s.div(86400);
  return hours.lt(48) || (p === 'month' && c.name === '365-day') ? `${showQuantity(hours)} h` : `${showQuantity(days)} d`;
}

/** Throws `out_of_range` unless 0 <= U <= 1. */
export function checkUnavailability(u: Dec): void {
  if (!u.isFinite() || u.lt(0) || u.gt(1)) {
    throw new EngineError('out_of_range', 'unavailability', { value: u.isFinite() ? u.toString() : 'NaN', min: '0', max: '1' });
  }
}

/**
 * Downtime per year, quarter, month, week and day = U x period, under one convention.
 * E.g. U = 0.0001 (99.99%) gives 60.48 s a week ("1m 0.48s") in every convention.
 */
export function downtimeTable(unavailability: Dec, convention: Convention, opts: DurationOptions = {}): DowntimeTable {
  checkUnavailability(unavailability);
  const rows: DowntimeRow[] = [];
  const lines: LineItem[] = [];
  for (const period of PERIOD_NAMES) {
    const periodSeconds = convention.seconds[period];
    const downtimeSeconds = unavailability.times(periodSeconds);
    const duration = formatDuration(downtimeSeconds, opts);
    rows.push({ period, convention: convention.name, periodSeconds, downtimeSeconds, duration });
    const params = {
      period,
      convention: convention.name,
      // The convention in words (a phrase with its month), never its id.
      conventionName: messageRef(`availability.conv.${convention.name}.long`),
      ...(convention.month === undefined ? {} : { month: convention.month }),
      periodLength: periodText(period, convention),
      periodSeconds: showQuantity(periodSeconds),
      unavailability: showFraction(unavailability),
      downtimeSeconds: showQuantity(downtimeSeconds),
      duration: duration.text,
      ...durationParams(duration),
    };
    lines.push(line(`availability.downtime.${period}`, downtimeSeconds, params, 'info', 's'));
  }
  return { convention, unavailability, rows, lines };
}

/**
 * The downtime table under every convention, for a side-by-side comparison: the four fixed ones,
 * plus `calendar-month` when a month ("YYYY-MM", parsed at `path`) is given.
 */
export function downtimeAllConventions(unavailability: Dec, month?: unknown, path = 'month'): readonly DowntimeTable[] {
  const names = CONVENTION_NAMES.filter((c) => c !== 'calendar-month' || (month !== undefined && month !== null && month !== ''));
  // Stryker disable next-line StringLiteral: the names come from CONVENTION_NAMES, so conventionAt never reports at the name's path ('')
  return names.map((c) => downtimeTable(unavailability, conventionAt(c, month, '', path)));
}
