/**
 * Small checks that each guard a user-visible rule: the EC2 chart's month count (1 to 120) and
 * its average mode repeating one month; the QuickSight price table's shape messages.
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, ec2SavingsChart, SCHEDULE_PRESETS, type Ec2OffHoursInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

const EC2 = { schedule: { periods: SCHEDULE_PRESETS.officeHours } } as unknown as Ec2OffHoursInput;
const EC2_PRICES = { instanceHourly: '0.0416' };

describe('EC2 savings chart months', () => {
  it('1 to 120 whole months; anything else is out of range, at "<path>.months"', () => {
    expect(ec2SavingsChart(EC2, EC2_PRICES, '', 1).labels).toEqual(['Month 1']);
    expect(ec2SavingsChart(EC2, EC2_PRICES, '', 120).labels).toHaveLength(120);
    for (const bad of [0, 121, 1.5, -1]) {
      const e = errorOf(() => ec2SavingsChart(EC2, EC2_PRICES, 'c', bad));
      expect([e.code, e.path, phraseText(e.params.value), e.params.min, e.params.max]).toEqual(['out_of_range', 'c.months', String(bad), '1', '120']);
    }
    expect(errorOf(() => ec2SavingsChart(EC2, EC2_PRICES, undefined, 0)).path).toBe('months');
  });

  it('the average month repeats: 12 equal months, savings adding up to 12 x one month', () => {
    const c = ec2SavingsChart(EC2, EC2_PRICES);
    expect(c.labels).toEqual(Array.from({ length: 12 }, (_, i) => `Month ${i + 1}`));
    expect(new Set(c.scheduled).size).toBe(1);
    expect(c.totalSavings.minus(c.months[0]!.savings.times(12)).abs().lt('1e-40')).toBe(true);
    expect(c.totalSavings.toFixed(2)).toBe('277.65'); // (730 - 173.81) h x $0.0416 = $23.14 a month x 12;
  });
});

describe('QuickSight price table shape', () => {
  const P = defaultQuickSightPrices();
  it('says what it expected at each level', () => {
    const table = errorOf(() => compareQuickSight({}, 5 as never));
    expect([table.code, table.path, phraseText(table.params.expected)]).toEqual(['invalid_type', 'prices', 'an object of QuickSight prices']);
    const tiers = errorOf(() => compareQuickSight({}, { ...P, capacityAnnualTiers: 'x' } as never));
    expect([tiers.path, phraseText(tiers.params.expected)]).toEqual(['prices.capacityAnnualTiers', 'a list of annual tiers']);
    const tier = errorOf(() => compareQuickSight({}, { ...P, capacityAnnualTiers: [5] } as never));
    expect([tier.path, phraseText(tier.params.expected)]).toEqual(['prices.capacityAnnualTiers.0', 'an annual tier']);
    const names = errorOf(() => compareQuickSight({}, { ...P, unconfirmed: 'x' } as never));
    expect([names.path, phraseText(names.params.expected)]).toEqual(['prices.unconfirmed', 'a list of price names']);
  });
});
