/**
 * A scenario's totals and summary lines (src/engine/scenario/totals.ts), from hand-made component
 * results so every amount is hand arithmetic: which lines, in which order, with which key, params,
 * amount and kind; linked components counted once; the 12-month and the calendar-month year.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/engine/decimal.ts';
import { scenarioTotals } from '../../src/engine/scenario/totals.ts';
import type { ComponentResult, ScenarioResult, YearBasis } from '../../src/engine/scenario/types.ts';
import type { CodeBuildAccountResult } from '../../src/engine/codebuild/types.ts';

const TWELVE: YearBasis = { kind: 'twelve-months' };
const MARCH: YearBasis = { kind: 'calendar-months', from: '2026-03', to: '2027-02' };

function comp(type: string, id: string, name: string, monthly: string, annual: string, extra: Record<string, unknown> = {}): ComponentResult {
  return { type, id, name, path: 'components.0', monthly: new Dec(monthly), annual: new Dec(annual), year: TWELVE, lines: [], ...extra } as unknown as ComponentResult;
}
const ec2 = (id: string, monthly: string, annual: string, savings: string, annualSavings: string, year: YearBasis = TWELVE) =>
  comp('ec2', id, id.toUpperCase(), monthly, annual, { ec2: { savings: new Dec(savings) }, annualSavings: new Dec(annualSavings), year });
const flow = (id: string, name: string, named: boolean, label: string, monthly: string) => comp('pipeline', id, name, monthly, new Dec(monthly).times(12).toFixed(), { flow: { named, label } });

function arch(total: string, links: [string, string, string?][] = []): NonNullable<ScenarioResult['architectureCost']> {
  return {
    total: new Dec(total),
    byNode: new Map(),
    lines: [],
    linkedComponents: new Map(links.map(([c, n]) => [c, n])),
    linkedNodeNames: new Map(links.flatMap(([c, , name]) => (name === undefined ? [] : [[c, name] as [string, string]]))),
    unpriced: [],
    linkedTotal: new Dec(0),
  };
}
const view = (lines: readonly { key: string; params: Record<string, string>; kind: string; amount: Dec }[]) => lines.map((l) => [l.key, l.kind, l.amount.toFixed(), l.params]);

describe('scenario totals over 12 months', () => {
  it('sums the parts, quotes each, and gives the year as 12 months, then the schedules\' savings', () => {
    // $50 + $10.125 + $2 = $62.125 a month; $600 + $121.50 + $24 = $745.50 a year; savings $5 a month, $60 a year
    const t = scenarioTotals([comp('quicksight', 'a', 'A', '50', '600'), ec2('b', '10.125', '121.5', '5', '60'), flow('p', 'Release flow', false, 'Release flow', '2')], null, null, 0, false);
    expect(t.monthlyTotal.toFixed()).toBe('62.125');
    expect(t.annualTotal.toFixed()).toBe('745.5');
    expect(t.monthlySavings.toFixed()).toBe('5');
    expect(t.annualSavings.toFixed()).toBe('60');
    expect(t.year).toEqual(TWELVE);
    expect(view(t.lines)).toEqual([
      ['scenario.component', 'cost', '50', { name: 'A', amount: '$50.00' }],
      // $10.125 to cents, half-even: $10.12
      ['scenario.component', 'cost', '10.125', { name: 'B', amount: '$10.12' }],
      // A release flow nobody named is called "Release flow" in the page's language
      ['scenario.component', 'cost', '2', { name: '@msg:scenario.flowName', amount: '$2.00' }],
      ['scenario.monthly', 'info', '62.125', { parts: '$50.00 + $10.12 + $2.00', total: '$62.12' }],
      ['scenario.annual', 'info', '745.5', { monthly: '$62.125', annual: '$745.50' }],
      ['scenario.savings', 'info', '5', { monthly: '$5.00', annual: '$60.00' }],
    ]);
    expect(t.lines.map((l) => l.text)).toEqual([
      'A: $50.00 per month',
      'B: $10.12 per month',
      'Release flow: $2.00 per month',
      'Monthly total: $50.00 + $10.12 + $2.00 = $62.12',
      'Annual total: $62.125 x 12 months = $745.50',
      'Schedules save $5.00 per month ($60.00 per year)',
    ]);
  });

  it('keeps a release flow\'s own name: named by the user, or a component name that is not its label', () => {
    const names = scenarioTotals([flow('p', 'Deploys', true, 'Deploys', '1'), flow('q', 'Mine', false, 'Release flow', '1'), comp('codebuild', 'c', 'Release flow', '1', '12')], null, null, 0, false).lines.slice(0, 3).map((l) => l.params.name);
    expect(names).toEqual(['Deploys', 'Mine', 'Release flow']);
  });

  it('with nothing to price: $0.00, and no savings line', () => {
    const t = scenarioTotals([], null, null, 0, false);
    expect(t.monthlyTotal.isZero() && t.annualTotal.isZero() && t.monthlySavings.isZero() && t.annualSavings.isZero()).toBe(true);
    expect(view(t.lines)).toEqual([
      ['scenario.monthly', 'info', '0', { parts: '$0.00', total: '$0.00' }],
      ['scenario.annual', 'info', '0', { monthly: '$0.00', annual: '$0.00' }],
    ]);
    // A schedule that saves nothing has no savings line either
    expect(scenarioTotals([ec2('e', '10', '120', '0', '0')], null, null, 0, false).lines.map((l) => l.key)).not.toContain('scenario.savings');
  });

  it('counts a linked component through its node, once, and says which node', () => {
    // $50 (A) + $40 (the architecture, B's $20 inside) = $90 a month; $600 + 12 x $40 = $1,080 a year
    const t = scenarioTotals([comp('quicksight', 'a', 'A', '50', '600'), comp('codebuild', 'b', 'B', '20', '240')], arch('40', [['b', 'n', 'Node N']]), null, 0, false);
    expect(t.monthlyTotal.toFixed()).toBe('90');
    expect(t.annualTotal.toFixed()).toBe('1080');
    expect(view(t.lines)).toEqual([
      ['scenario.component', 'cost', '50', { name: 'A', amount: '$50.00' }],
      ['scenario.componentLinked', 'info', '20', { name: 'B', amount: '$20.00', node: 'Node N' }],
      ['scenario.architecture', 'cost', '40', { amount: '$40.00' }],
      ['scenario.monthly', 'info', '90', { parts: '$50.00 + $40.00', total: '$90.00' }],
      ['scenario.annual', 'info', '1080', { monthly: '$90.00', annual: '$1,080.00' }],
    ]);
    // Without a node name, the node is not named
    expect(scenarioTotals([comp('codebuild', 'b', 'B', '20', '240')], arch('20', [['b', 'n']]), null, 0, false).lines[0]!.params.node).toBe('');
  });

  it('leaves out an architecture that costs nothing', () => {
    const t = scenarioTotals([comp('quicksight', 'a', 'A', '50', '600')], arch('0'), null, 0, false);
    expect(t.lines.map((l) => l.key)).toEqual(['scenario.component', 'scenario.monthly', 'scenario.annual']);
    expect(t.lines[1]!.params.parts).toBe('$50.00');
  });

  it('shows the CodeBuild free tier once, when it is on and saves something', () => {
    const account = (credit: string) => ({ freeTierCredit: new Dec(credit) }) as unknown as CodeBuildAccountResult;
    const comps = [comp('codebuild', 'a', 'A', '1', '12'), comp('codebuild', 'b', 'B', '2', '24')];
    const t = scenarioTotals(comps, null, account('0.5'), 3, true);
    expect(view(t.lines).slice(0, 3)).toEqual([
      ['scenario.component', 'cost', '1', { name: 'A', amount: '$1.00' }],
      ['scenario.component', 'cost', '2', { name: 'B', amount: '$2.00' }],
      ['scenario.codebuildFreeTier', 'info', '0.5', { projects: '3', credit: '$0.50' }],
    ]);
    expect(t.lines[2]!.text).toBe('CodeBuild free tier applied once across 3 projects: -$0.50 (included above)');
    // The credit is already inside each project's cost: the total is $1 + $2
    expect(t.monthlyTotal.toFixed()).toBe('3');
    expect(scenarioTotals(comps, null, account('0.5'), 3, false).lines.map((l) => l.key)).not.toContain('scenario.codebuildFreeTier');
    expect(scenarioTotals(comps, null, account('0'), 3, true).lines.map((l) => l.key)).not.toContain('scenario.codebuildFreeTier');
    expect(scenarioTotals(comps, null, null, 3, true).lines.map((l) => l.key)).not.toContain('scenario.codebuildFreeTier');
  });
});

describe('scenario totals over 12 calendar months', () => {
  it('lists each part\'s year, then their sum over the calendar months', () => {
    // EC2: March $744, its 12 calendar months $8,760; QuickSight 12 x $50 = $600; architecture 12 x $10 = $120
    // Year: $8,760 + $600 + $120 = $9,480; month: $744 + $50 + $10 = $804
    const t = scenarioTotals([ec2('e', '744', '8760', '3', '40', MARCH), comp('quicksight', 'q', 'Q', '50', '600')], arch('10'), null, 0, false);
    expect(t.year).toEqual(MARCH);
    expect(t.monthlyTotal.toFixed()).toBe('804');
    expect(t.annualTotal.toFixed()).toBe('9480');
    expect(t.annualSavings.toFixed()).toBe('40');
    expect(view(t.lines)).toEqual([
      ['scenario.component', 'cost', '744', { name: 'E', amount: '$744.00' }],
      ['scenario.component', 'cost', '50', { name: 'Q', amount: '$50.00' }],
      ['scenario.architecture', 'cost', '10', { amount: '$10.00' }],
      ['scenario.monthly', 'info', '804', { parts: '$744.00 + $50.00 + $10.00', total: '$804.00' }],
      ['scenario.year.calendarMonths', 'info', '8760', { name: 'E', monthly: '$744.00', annual: '$8,760.00', from: '2026-03', to: '2027-02' }],
      ['scenario.year.twelveMonths', 'info', '600', { name: 'Q', monthly: '$50.00', annual: '$600.00' }],
      ['scenario.year.architecture', 'info', '120', { monthly: '$10.00', annual: '$120.00' }],
      ['scenario.annual.calendar', 'info', '9480', { from: '2026-03', to: '2027-02', parts: '$8,760.00 + $600.00 + $120.00', annual: '$9,480.00' }],
      ['scenario.savings.calendar', 'info', '3', { monthly: '$3.00', annual: '$40.00', from: '2026-03', to: '2027-02' }],
    ]);
    expect(t.lines[8]!.text).toBe('Schedules save $3.00 in 2026-03 ($40.00 over the 12 calendar months from 2026-03 to 2027-02)');
  });

  it('takes the year of the first calendar component, and leaves linked ones and a $0 architecture out of the sum', () => {
    // Q is linked to a node: its year is inside the architecture's (12 x $50). F has a calendar year of its own.
    const later: YearBasis = { kind: 'calendar-months', from: '2026-05', to: '2027-04' };
    const t = scenarioTotals([comp('quicksight', 'q', 'Q', '50', '600'), ec2('e', '744', '8760', '0', '0', MARCH), ec2('f', '1', '12', '0', '0', later)], arch('50', [['q', 'n', 'N']]), null, 0, false);
    expect(t.year).toEqual(MARCH);
    // $8,760 + $12 + 12 x $50 = $9,372
    expect(t.annualTotal.toFixed()).toBe('9372');
    expect(t.lines.filter((l) => l.key.startsWith('scenario.year.')).map((l) => [l.key, l.params.name ?? null])).toEqual([
      ['scenario.year.calendarMonths', 'E'],
      ['scenario.year.calendarMonths', 'F'],
      ['scenario.year.architecture', null],
    ]);
    expect(t.lines.find((l) => l.key === 'scenario.annual.calendar')!.params.parts).toBe('$8,760.00 + $12.00 + $600.00');
    // A calendar component linked to a node that costs nothing: nothing to add up, $0.00
    const none = scenarioTotals([ec2('e', '0', '0', '0', '0', MARCH)], arch('0', [['e', 'n', 'N']]), null, 0, false);
    expect(none.lines.find((l) => l.key === 'scenario.annual.calendar')!.params).toEqual({ from: '2026-03', to: '2027-02', parts: '$0.00', annual: '$0.00' });
    expect(none.lines.map((l) => l.key)).not.toContain('scenario.year.architecture');
  });
});
