/** Chart data: cost per reader against sessions per reader per month under each QuickSight model. */
import { d, num, parseCount, usd, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { isRecord, own, describeRef } from '../json.ts';
import { legacyCap, legacyVsPerUserReader } from './break-even.ts';
import { capacityMonthlyReaders, pickTier } from './capacity.ts';
import { legacyReaderCost } from './legacy.ts';
import { parsePrices, type QuickSightPrices } from './prices.ts';
import { parseTierChoice, type QuickSightNumberInput } from './usage.ts';

/** Most points (sessions 0..N) a chart may ask for. */
export const MAX_CHART_SESSIONS = 10000;

const TWELVE = d(12);

/** What to chart: cost per reader for 0..maxSessions sessions per reader per month. */
export interface QuickSightChartInput {
  /** Readers sharing a capacity (whole, >= 1): the capacity curves are a per-reader share. */
  readonly readers: QuickSightNumberInput;
  /** Largest sessions per reader per month on the x axis (whole, 1..10,000). */
  readonly maxSessions: QuickSightNumberInput;
  /** Annual tier for the capacity-annual curve: "cheapest" (default) or a 1-based position. */
  readonly annualTier?: 'cheapest' | QuickSightNumberInput;
}

/** Series keys of {@link QuickSightChartData}. */
export type QuickSightChartSeriesKey = 'legacy' | 'legacyCap' | 'perUser' | 'capacityMonthly' | 'capacityAnnual';

/** One curve: a value per x point; null where the model has no published price (contact sales). */
export interface QuickSightChartSeries {
  readonly key: QuickSightChartSeriesKey;
  /** English label; the UI may translate by `key`. */
  readonly label: string;
  /** A threshold line (draw dashed). */
  readonly dashed: boolean;
  readonly values: readonly (Dec | null)[];
}

/** Cost per reader per month against sessions per reader per month. */
export interface QuickSightChartData {
  /** x axis: 0, 1, ..., maxSessions sessions per reader per month. */
  readonly sessions: readonly Dec[];
  readonly readers: Dec;
  readonly series: readonly QuickSightChartSeries[];
  /** The legacy cap and the first session where it binds (for an annotation). */
  readonly cap: Dec;
  readonly capFromSession: Dec | null;
  /** Sessions per reader where legacy equals the per-user Reader (null when never). */
  readonly legacyEqualsPerUserAt: Dec | null;
}

/**
 * Chart data: cost per reader vs sessions per reader per month (0..maxSessions) under each model:
 * legacy (flat from the cap, plus the cap as a dashed line), per-user Reader (flat), and the
 * per-reader share of the monthly and annual capacity when `readers` readers each start that
 * many sessions. Values are Dec; the UI converts with `toChartNumber`.
 * @throws EngineError on invalid input.
 */
export function quickSightChartData(input: QuickSightChartInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightChartData {
  const p = parsePrices(prices, pricesPath);
  if (!isRecord(input)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.objectWithReadersAndMaxSessions', got: describeRef(input) });
  const readers = parseCount(own(input, 'readers'), joinPath(path, 'readers'), { positive: true });
  const maxSessions = parseCount(own(input, 'maxSessions'), joinPath(path, 'maxSessions'), { positive: true, max: String(MAX_CHART_SESSIONS) });
  const choice = parseTierChoice(own(input, 'annualTier'), joinPath(path, 'annualTier'), p);
  const n = maxSessions.toNumber();
  const sessions: Dec[] = [];
  const legacy: Dec[] = [];
  const capLine: Dec[] = [];
  const perUser: Dec[] = [];
  const capMonthly: Dec[] = [];
  const capAnnual: (Dec | null)[] = [];
  for (let i = 0; i <= n; i++) {
    const s = d(i);
    sessions.push(s);
    legacy.push(legacyReaderCost(s, p).cost);
    capLine.push(p.readerMonthlyCap);
    perUser.push(p.perUserReader);
    const pooled = s.times(readers);
    capMonthly.push(capacityMonthlyReaders(pooled, p).total.div(readers));
    const picked = pickTier(pooled.times(TWELVE), p, choice);
    capAnnual.push(picked ? picked.chosen.costPerMonth.div(readers) : null);
  }
  const readersText = `${num(readers)} ${readers.eq(1) ? 'reader' : 'readers'}`;
  const series: QuickSightChartSeries[] = [
    { key: 'legacy', label: 'Legacy per-session', dashed: false, values: legacy },
    { key: 'legacyCap', label: `Legacy cap (${usd(p.readerMonthlyCap)})`, dashed: true, values: capLine },
    { key: 'perUser', label: `Per-user Reader (${usd(p.perUserReader)})`, dashed: false, values: perUser },
    { key: 'capacityMonthly', label: `Monthly capacity, share of ${readersText}`, dashed: false, values: capMonthly },
    { key: 'capacityAnnual', label: `Annual capacity (${choice === 'cheapest' ? 'cheapest tier' : `tier ${choice + 1}`}), share of ${readersText}`, dashed: false, values: capAnnual },
  ];
  return Object.freeze({
    sessions: Object.freeze(sessions),
    readers,
    series: Object.freeze(series.map((x) => Object.freeze({ ...x, values: Object.freeze(x.values) }))),
    cap: p.readerMonthlyCap,
    capFromSession: legacyCap(p).fromWhole,
    legacyEqualsPerUserAt: legacyVsPerUserReader(p).at,
  });
}
