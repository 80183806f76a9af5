import { describe, expect, it } from 'vitest';
import { costBars, evaluateScenario, scenarioCostRows, type ScenarioInput } from '../../src/engine/index.ts';
import { Dec } from '../../src/engine/decimal.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services: () => ({ 'alb-hour': { price: '0.0225', quantityUnit: 'hours' } }) };
const items = (values: string[]) => values.map((v, i) => ({ name: `c${i}`, monthly: new Dec(v) }));

describe('cost-by-component rows', () => {
  // QuickSight: 10 readers x min(17 x $0.30, $5) = $50; CodeBuild: 100 builds x 3 min x $0.005 = $1.50; ALB node: 1,000 h x $0.0225 = $22.50.
  const doc: ScenarioInput = {
    format: 'nubecalc-scenario',
    version: 2,
    components: [
      { id: 'qs', type: 'quicksight', name: 'BI', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } },
      { id: 'ci', type: 'codebuild', name: 'CI', project: { groups: [{ computeType: 'general1.small', count: '100', per: 'month', durationSeconds: '121' }] } },
    ],
    architecture: {
      kind: 'series',
      id: 'root',
      children: [
        { kind: 'component', id: 'alb', percent: '99.99', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '1000' }] } },
        { kind: 'component', id: 'ci-node', percent: '99.9', cost: { type: 'component', componentId: 'ci' } },
      ],
    },
  };

  it('lists each component, then the priced architecture; a linked component is not counted and has no share', () => {
    const r = evaluateScenario(doc, catalogs);
    // Monthly total = $50 (BI) + architecture ($22.50 + $1.50 for CI through its node) = $74
    expect(r.monthlyTotal.toFixed(2)).toBe('74.00');
    const rows = scenarioCostRows(r);
    expect(rows.map((x) => [x.key, x.name, x.monthly.toFixed(2), x.annual.toFixed(2), x.counted])).toEqual([
      ['c:qs', 'BI', '50.00', '600.00', true],
      ['c:ci', 'CI', '1.50', '18.00', false],
      ['architecture', null, '24.00', '288.00', true],
    ]);
    // Shares of $74: 50 / 74 = 67.57%, 24 / 74 = 32.43%; they add up to 100.
    expect(rows.map((x) => x.share?.toFixed(2) ?? null)).toEqual(['67.57', null, '32.43']);
    expect(rows.reduce((s, x) => s.plus(x.share ?? 0), new Dec(0)).toFixed(10)).toBe('100.0000000000');
  });

  it('has no share when the total is zero', () => {
    const r = evaluateScenario({ format: 'nubecalc-scenario', version: 2, components: [{ id: 'ci', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: '0', per: 'month', durationSeconds: '60' }] } }] }, catalogs);
    expect(scenarioCostRows(r).map((x) => x.share)).toEqual([null]);
  });
});

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

describe('an unnamed release flow', () => {
  it('is called "Release flow" in the summary line, as a phrase the page language renders', async () => {
    const { evaluateScenario } = await import('../../src/engine/index.ts');
    const { appCatalogs } = await import('../../src/lib/state/catalogs.ts');
    const r = evaluateScenario({ format: 'nubecalc-scenario', version: 2, name: 's', components: [{ id: 'p', type: 'pipeline', flow: { commitsPerMonth: '10' } }] } as never, appCatalogs);
    const summary = r.lines.find((l) => l.key === 'scenario.component');
    expect(summary?.params.name).toBe('@msg:scenario.flowName');
    expect(summary?.text).toMatch(/^Release flow: \$[\d.]+ per month$/);
  });
});
