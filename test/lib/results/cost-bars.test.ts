import { describe, expect, it } from 'vitest';
import { costBars } from '../../../src/lib/components/results/cost-bars.ts';
import { Dec } from '../../../src/engine/decimal.ts';

const items = (values: string[]) => values.map((v, i) => ({ name: `c${i}`, monthly: new Dec(v) }));

describe('cost-by-component bars', () => {
  it('keeps every component while there are few', () => {
    expect(costBars(items(['1', '2']), 3, () => 'others').map((b) => [b.label, b.monthly.toFixed(2)])).toEqual([['c0', '1.00'], ['c1', '2.00']]);
  });

  it('with many: the largest in their order, then one bar with the sum of the others', () => {
    // Keep 2 of 5: c1 ($9) and c3 ($7); others = 1 + 2 + 3 = $6.
    const bars = costBars(items(['1', '9', '2', '7', '3']), 3, (n) => `${n} others`);
    expect(bars.map((b) => [b.label, b.monthly.toFixed(2)])).toEqual([['c1', '9.00'], ['c3', '7.00'], ['3 others', '6.00']]);
  });
});
