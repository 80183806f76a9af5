/** The EC2 calculator's chart: always-on vs scheduled cost, month by month, and the cumulative savings. */
import { toChartNumber, ZERO } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { priceParsedMonth } from './costs.ts';
import { parseInput } from './parse.ts';
import { addMonths, formatYearMonth } from './schedule-dates.ts';
import type { Ec2ChartMonth, Ec2OffHoursInput, Ec2Prices, Ec2SavingsChart } from './types.ts';

/**
 * Chart data: always-on vs scheduled monthly cost and cumulative savings over `months`
 * months (default 12). Average mode repeats the 730-hour month; calendar mode walks
 * consecutive calendar months from the chosen one (each with its own DST and holidays).
 */
export function ec2SavingsChart(input: Ec2OffHoursInput, prices: Ec2Prices, path = '', months = 12): Ec2SavingsChart {
  if (!Number.isSafeInteger(months) || months < 1 || months > 120) {
    throw new EngineError('out_of_range', joinPath(path, 'months'), { value: String(months), min: '1', max: '120' });
  }
  const x = parseInput(input, prices, path);
  const out: Ec2ChartMonth[] = [];
  let cumulative = ZERO;
  const average = x.monthMode === 'average' ? priceParsedMonth(x, undefined) : undefined;
  for (let i = 0; i < months; i++) {
    const ym = x.yearMonth ? addMonths(x.yearMonth, i) : undefined;
    const r = average ?? priceParsedMonth(x, ym);
    cumulative = cumulative.plus(r.savings);
    out.push({
      label: ym ? formatYearMonth(ym) : `Month ${i + 1}`,
      alwaysOn: r.alwaysOn.total,
      scheduled: r.scheduled.total,
      savings: r.savings,
      cumulativeSavings: cumulative,
    });
  }
  return {
    months: out,
    labels: out.map((m) => m.label),
    alwaysOn: out.map((m) => toChartNumber(m.alwaysOn)),
    scheduled: out.map((m) => toChartNumber(m.scheduled)),
    cumulativeSavings: out.map((m) => toChartNumber(m.cumulativeSavings)),
    totalSavings: cumulative,
  };
}
