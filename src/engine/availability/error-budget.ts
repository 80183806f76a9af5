/**
 * Error budgets: how much time in any period, or how many requests, an unavailability allows.
 */
import { Dec, floorWhole, parseCount, parseDecimal } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { checkUnavailability } from './downtime.ts';
import { durationParams, formatDuration, type FormattedDuration } from './duration.ts';
import { showFraction, showQuantity } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';

const line = lineMaker(AVAILABILITY_LINES);

/** Error budget in time for any period: U x period seconds. */
export interface TimeBudget {
  readonly periodSeconds: Dec;
  readonly budgetSeconds: Dec;
  readonly duration: FormattedDuration;
  readonly lines: readonly LineItem[];
}

/**
 * Error budget in time for a period given in seconds (e.g. a 28-day SLO window, "2419200"):
 * U x period. The period is parsed from JSON at `path`.
 */
export function errorBudgetTime(unavailability: Dec, periodSeconds: unknown, path = ''): TimeBudget {
  checkUnavailability(unavailability);
  const p = parseDecimal(periodSeconds, path, { positive: true });
  const budget = unavailability.times(p);
  const duration = formatDuration(budget);
  const params = {
    unavailability: showFraction(unavailability),
    periodSeconds: showQuantity(p),
    budgetSeconds: showQuantity(budget),
    duration: duration.text,
    ...durationParams(duration),
  };
  return {
    periodSeconds: p,
    budgetSeconds: budget,
    duration,
    lines: [line('availability.budget.time', budget, params, 'info', 's')],
  };
}

/** Error budget in requests. */
export interface RequestBudget {
  readonly requests: Dec;
  /** U x requests, exact (may be fractional). */
  readonly failedRequests: Dec;
  /** Whole requests that may fail without breaking the target (rounded down). */
  readonly wholeFailedRequests: Dec;
  readonly lines: readonly LineItem[];
}

/**
 * Error budget in requests: U x requests (a whole count parsed at `path`). 99.9% of 1,000,000
 * requests allows 1,000 failed requests.
 */
export function errorBudgetRequests(unavailability: Dec, requests: unknown, path = ''): RequestBudget {
  checkUnavailability(unavailability);
  const r = parseCount(requests, path);
  const failed = unavailability.times(r);
  const whole = floorWhole(failed);
  const params = {
    unavailability: showFraction(unavailability),
    requests: showQuantity(r),
    failedRequests: showQuantity(failed),
    wholeFailedRequests: showQuantity(whole),
  };
  return {
    requests: r,
    failedRequests: failed,
    wholeFailedRequests: whole,
    lines: [line(failed.eq(whole) ? 'availability.budget.requests' : 'availability.budget.requestsWhole', failed, params, 'info', 'requests')],
  };
}
