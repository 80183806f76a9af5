/**
 * Pure mappers from EC2 off-hours results to chart specs (no Svelte, no DOM):
 * (1) always-on vs scheduled monthly cost, stacked by compute / storage / IP addresses;
 * (2) cumulative savings over 12 months, priced by the engine's `ec2SavingsChart`.
 * Labels arrive already localized; numbers become JS numbers here and only here.
 */
import { toChartNumber, type Dec, ec2SavingsChart, type Ec2OffHoursInput, type Ec2OffHoursResult, type Ec2Prices, EngineError } from '../../engine/index.ts';
import type { ChartSpec } from './spec.ts';

export interface CostBarLabels {
  readonly alwaysOn: string;
  readonly scheduled: string;
  readonly compute: string;
  readonly storage: string;
  readonly ip: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

/** Two stacked bars (always on, scheduled): compute, EBS storage, public IPv4 + Elastic IPs. */
export function costBarSpec(result: Ec2OffHoursResult, labels: CostBarLabels): ChartSpec {
  const cols = [result.alwaysOn, result.scheduled];
  return {
    kind: 'bar',
    labels: [labels.alwaysOn, labels.scheduled],
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: 'money',
    stacked: true,
    series: [
      { label: labels.compute, stack: 'cost', data: cols.map((c) => toChartNumber(c.compute)) },
      { label: labels.storage, stack: 'cost', data: cols.map((c) => toChartNumber(c.ebs)) },
      { label: labels.ip, stack: 'cost', data: cols.map((c) => toChartNumber(c.addresses)) },
    ],
  };
}

export interface SavingsLineLabels {
  /** Label of month i (0-based); `yearMonth` is set in calendar mode. */
  readonly month: (i: number, yearMonth: string | undefined) => string;
  readonly cumulative: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

/**
 * Cumulative savings over `months` months (average months repeat; calendar months walk forward
 * from the chosen one), with the total saved. Returns null when the input cannot be priced (the editor shows the error).
 */
export function savingsLineSpec(input: Ec2OffHoursInput, prices: Ec2Prices, labels: SavingsLineLabels, months = 12): { spec: ChartSpec; totalSavings: Dec; from: string; to: string } | null {
  try {
    const chart = ec2SavingsChart(input, prices, '', months);
    const calendar = input.monthMode === 'calendar';
    const spec: ChartSpec = {
      kind: 'line',
      labels: chart.labels.map((l, i) => labels.month(i, calendar ? l : undefined)),
      xTitle: labels.xTitle,
      yTitle: labels.yTitle,
      yFormat: 'money',
      series: [{ label: labels.cumulative, data: [...chart.cumulativeSavings] }],
    };
    return { spec, totalSavings: chart.totalSavings, from: chart.labels[0] ?? '', to: chart.labels[chart.labels.length - 1] ?? '' };
  } catch (e) {
    if (e instanceof EngineError) return null;
    throw e;
  }
}
