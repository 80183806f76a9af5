/**
 * Benchmark: the QuickSight comparison of the sales-dashboard preset and a chart of
 * MAX_CHART_SESSIONS points (what the QuickSight editor computes on each keystroke). Run with
 * `npx vitest bench --run test/bench/quicksight.bench.ts`; figures are printed, never asserted.
 */
import { bench, describe } from 'vitest';
import { compareQuickSight, quickSightChartData, MAX_CHART_SESSIONS, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { PRESETS } from '../../src/data/presets.ts';

const preset = PRESETS.find((p) => p.id === 'sales-dashboard')?.build();
const component = preset?.components.find((c) => c.type === 'quicksight');
if (component?.type !== 'quicksight') throw new Error('sales-dashboard has no QuickSight component');
const usage = component.usage as QuickSightUsageInput;
const prices = defaultQuickSightPrices();

describe('QuickSight', () => {
  bench('compareQuickSight, sales dashboard', () => {
    compareQuickSight(usage, prices);
  });
  bench('compareQuickSight, sales dashboard, fresh price table each time', () => {
    compareQuickSight(usage, defaultQuickSightPrices());
  });
  bench('quickSightChartData, 200 readers x 20 sessions', () => {
    quickSightChartData({ readers: 200, maxSessions: 20 }, prices);
  });
  bench(`quickSightChartData, ${MAX_CHART_SESSIONS} points`, () => {
    quickSightChartData({ readers: 200, maxSessions: MAX_CHART_SESSIONS }, prices);
  }, { iterations: 20 });
});
