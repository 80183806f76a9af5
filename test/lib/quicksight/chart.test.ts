import { describe, expect, it } from 'vitest';
import { quickSightChartData } from '../../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../../src/data/quicksight.ts';
import { quickSightChartCeiling, quickSightChartSpec } from '../../../src/lib/charts/quicksight.ts';

const labels = {
  xTitle: 'Sessions',
  yTitle: 'USD',
  series: { legacy: 'Legacy', legacyCap: 'Cap', perUser: 'Reader', capacityMonthly: 'Monthly', capacityAnnual: 'Annual' },
};

describe('quickSightChartSpec', () => {
  it('maps cost per reader by sessions: legacy $0.30 a session up to the dashed $5 cap, the flat $3 reader', () => {
    const data = quickSightChartData({ readers: '200', maxSessions: '30' }, defaultQuickSightPrices());
    const spec = quickSightChartSpec(data, labels);
    expect(spec).toMatchObject({ kind: 'line', numericX: true, yFormat: 'money', xTitle: 'Sessions' });
    const byLabel = Object.fromEntries(spec.series.map((s) => [s.label, s]));
    const legacy = byLabel.Legacy!.data as readonly { x: number; y: number }[];
    expect(legacy).toHaveLength(31);
    expect(legacy[10]).toEqual({ x: 10, y: 3 });
    expect(legacy[16]).toEqual({ x: 16, y: 4.8 });
    expect(legacy[17]).toEqual({ x: 17, y: 5 });
    expect(byLabel.Cap!.dashed).toBe(true);
    expect((byLabel.Reader!.data as readonly { x: number; y: number }[]).every((p) => p.y === 3)).toBe(true);
    // Monthly capacity shared by 200 readers: $250 / 200 = $1.25 up to 500 pooled sessions (2.5 each).
    expect((byLabel.Monthly!.data as readonly { x: number; y: number }[])[2]).toEqual({ x: 2, y: 1.25 });
  });

  it('leaves out "contact sales" points and cuts off curves far above the reader prices', () => {
    const data = quickSightChartData({ readers: '20000', maxSessions: '30' }, defaultQuickSightPrices());
    const annual = quickSightChartSpec(data, labels).series.find((s) => s.label === 'Annual')!;
    // 20,000 readers x 7 sessions x 12 = 1,680,000 > 1,600,000 sessions a year: no published price.
    expect(annual.data).toHaveLength(7);
    const few = quickSightChartData({ readers: '1', maxSessions: '30' }, defaultQuickSightPrices());
    // One reader's share of a $20,000 year is $1,666.67 a month: the axis stops at 3 x $5.
    expect(quickSightChartCeiling(few, 3)).toBe(15);
    expect(quickSightChartCeiling(data, 3)).toBeUndefined();
  });
});
