/**
 * One meaning per figure: "a month" is the 730-hour month (or the chosen calendar month), and
 * "a year" is 12 of those months, or, when an EC2 schedule prices a calendar month, the sum of the
 * 12 calendar months from it. The reproducer of issue 9: an office-hours schedule in Madrid for
 * March 2026 showed March x 12 as "a year" next to a 12-month chart that summed the real months.
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario, priceEc2OffHours, type ScenarioInput, type Ec2OffHoursInput } from '../../src/engine/index.ts';
import { sum } from '../../src/engine/decimal.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas };

const madrid = (monthMode: 'average' | 'calendar'): Ec2OffHoursInput => ({
  region: 'us-east-1',
  instanceType: 't3.medium',
  count: '1',
  schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid' },
  volumes: [{ type: 'gp3', sizeGb: '30' }],
  monthMode,
  yearMonth: '2026-03',
});

function scenario(input: Ec2OffHoursInput): ScenarioInput {
  return {
    format: 'nubecalc-scenario',
    version: 2,
    components: [
      { id: 'dev', type: 'ec2', name: 'Dev', input },
      { id: 'qs', type: 'quicksight', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } },
    ],
  };
}

describe('a year is one thing', () => {
  it('with a calendar month, the year is the 12 calendar months from it summed, not March x 12', () => {
    const r = evaluateScenario(scenario(madrid('calendar')), catalogs);
    // The 12 months priced one by one, March 2026 to February 2027 (each with its own days and DST).
    const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'];
    const priced = months.map((ym) => priceEc2OffHours({ ...madrid('calendar'), yearMonth: ym }, defaultEc2Prices('us-east-1', 't3.medium')));
    const ec2Year = sum(priced.map((p) => p.total));
    const savingsYear = sum(priced.map((p) => p.savings));
    const ec2 = r.components[0]!;
    expect(ec2.year).toEqual({ kind: 'calendar-months', from: '2026-03', to: '2027-02' });
    expect(ec2.annual.toFixed(10)).toBe(ec2Year.toFixed(10));
    expect(ec2.annual.eq(ec2.monthly.times(12))).toBe(false);
    // QuickSight has no calendar: 10 readers x $5.00 = $50.00 a month, 12 x $50.00 = $600.00 a year
    expect(r.components[1]!.annual.toFixed(2)).toBe('600.00');
    expect(r.annualTotal.toFixed(10)).toBe(ec2Year.plus(600).toFixed(10));
    expect(r.annualSavings.toFixed(10)).toBe(savingsYear.toFixed(10));
    expect(r.year).toEqual({ kind: 'calendar-months', from: '2026-03', to: '2027-02' });
    const text = r.lines.map((l) => l.text).join('\n');
    expect(text).toContain('Annual total, 12 calendar months from 2026-03 to 2027-02:');
    expect(text).toContain('over the 12 calendar months from 2026-03 to 2027-02');
    expect(text).not.toContain('x 12 months');
  });

  it('with the 730-hour month, the year is 12 of those months', () => {
    const r = evaluateScenario(scenario(madrid('average')), catalogs);
    expect(r.year).toEqual({ kind: 'twelve-months' });
    expect(r.annualTotal.toFixed(10)).toBe(r.monthlyTotal.times(12).toFixed(10));
    expect(r.annualSavings.toFixed(10)).toBe(r.monthlySavings.times(12).toFixed(10));
    expect(r.lines.map((l) => l.text).join('\n')).toContain(' x 12 months = ');
  });
});
