import { describe, expect, it } from 'vitest';
import { costByName, costByType, costPerNine, delta, evaluateScenario } from '../../src/engine/index.ts';
import { Dec } from '../../src/engine/decimal.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas };
const d = (v: string) => new Dec(v);
const point = (monthly: string, nines: string | null, perfect = false) => ({ monthly: d(monthly), availability: { nines: nines === null ? null : d(nines), perfect } });

describe('delta against a baseline', () => {
  it('gives the difference and the change in percent of the baseline', () => {
    // 150 - 120 = 30; 30 / 120 = 25%
    const x = delta(d('150'), d('120'));
    expect([x.diff.toFixed(), x.relative?.toFixed(), x.sign]).toEqual(['30', '25', 1]);
    // 90 - 120 = -30; -30 / 120 = -25%
    expect(delta(d('90'), d('120')).relative?.toFixed()).toBe('-25');
    expect(delta(d('5'), d('5')).sign).toBe(0);
    // no percent of zero
    expect(delta(d('5'), d('0')).relative).toBeNull();
  });
});

describe('the cost of each extra nine', () => {
  it('divides the extra cost by the extra nines, and never by zero', () => {
    // ($130 - $100) / (4 - 3 nines) = $30 a nine
    expect(costPerNine(point('130', '4'), point('100', '3'))).toMatchObject({ kind: 'costs' });
    expect((costPerNine(point('130', '4'), point('100', '3')) as { perNine: Dec }).perNine.toFixed()).toBe('30');
    // fewer nines for less money: each nine given up saves ($70 - $100) / (2.5 - 3) = $60
    expect((costPerNine(point('70', '2.5'), point('100', '3')) as { perNine: Dec }).perNine.toFixed()).toBe('60');
    expect(costPerNine(point('90', '4'), point('100', '3')).kind).toBe('free');
    expect(costPerNine(point('110', '2'), point('100', '3')).kind).toBe('worse');
    expect(costPerNine(point('110', '3'), point('100', '3')).kind).toBe('equal-nines');
    expect(costPerNine(point('110', null, true), point('100', '3'))).toMatchObject({ kind: 'perfect', which: 'this' });
    expect(costPerNine({ monthly: d('1'), availability: null }, point('100', '3'))).toEqual({ kind: 'no-availability', which: 'this' });
  });
});

describe('cost by component type and name', () => {
  it('sums the monthly cost per type and per trimmed name', () => {
    const build = { groups: [{ computeType: 'general1.small', count: '100', per: 'month' as const, durationSeconds: '121' }] };
    const r = evaluateScenario({
      format: 'nubecalc-scenario',
      version: 2,
      components: [
        { id: 'a', type: 'codebuild', name: 'CI', project: build },
        { id: 'b', type: 'codebuild', name: ' CI ', project: build },
        { id: 'c', type: 'quicksight', name: 'BI', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } },
      ],
    }, catalogs);
    // CodeBuild: 2 x (100 builds x 3 min x $0.005) = $3.00; QuickSight: 10 x $5.00 = $50.00
    const { byType, hasType } = costByType(r.components);
    expect([byType.codebuild.toFixed(2), byType.quicksight.toFixed(2), byType.ec2.toFixed(2)]).toEqual(['3.00', '50.00', '0.00']);
    expect([hasType.codebuild, hasType.ec2]).toEqual([true, false]);
    expect([...costByName(r.components)].map(([n, v]) => [n, v.toFixed(2)])).toEqual([['CI', '3.00'], ['BI', '50.00']]);
  });
});
