/**
 * A scenario's totals: the monthly and annual sums (a component linked to an architecture node is
 * counted through the node, once), the schedules' savings, and the summary line items.
 */
import { isPositive, sum, usd, ZERO } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { SCENARIO_LINES } from './lines.ts';
import type { CodeBuildAccountResult } from '../codebuild/types.ts';
import { TWELVE_MONTHS, type ComponentResult, type ScenarioResult } from './types.ts';

const line = lineMaker(SCENARIO_LINES);

/** The totals part of a {@link ScenarioResult}. */
export type ScenarioTotals = Pick<ScenarioResult, 'monthlyTotal' | 'annualTotal' | 'monthlySavings' | 'annualSavings' | 'year' | 'lines'>;

/**
 * Add up priced components and the priced architecture. `codeBuildProjects`: how many projects
 * share the CodeBuild account (for the free-tier line).
 */
export function scenarioTotals(
  components: readonly ComponentResult[],
  architectureCost: ScenarioResult['architectureCost'],
  codeBuild: CodeBuildAccountResult | null,
  codeBuildProjects: number,
  freeTier: boolean,
): ScenarioTotals {
  const linkedIds = architectureCost?.linkedComponents ?? new Map<string, string>();
  const nodeNames = architectureCost?.linkedNodeNames ?? new Map<string, string>();
  // A component linked to a node is counted through the architecture (once), not in the sum of components.
  const unlinked = components.filter((r) => !linkedIds.has(r.id));
  const archTotal = architectureCost?.total ?? ZERO;
  const monthlyTotal = sum(unlinked.map((r) => r.monthly)).plus(archTotal);
  const annualTotal = sum(unlinked.map((r) => r.annual)).plus(archTotal.times(12));
  const monthlySavings = sum(components.map((r) => (r.type === 'ec2' ? r.ec2.savings : ZERO)));
  const annualSavings = sum(components.map((r) => (r.type === 'ec2' ? r.annualSavings : ZERO)));
  const year = components.find((r) => r.year.kind === 'calendar-months')?.year ?? TWELVE_MONTHS;

  // Each amount is formatted once, for the lines that quote it.
  const amounts = components.map((r) => usd(r.monthly, 2));
  const lines: LineItem[] = components.map((r, j) => {
    const amount = amounts[j] as string;
    if (linkedIds.has(r.id)) return line('scenario.componentLinked', r.monthly, { name: r.name, amount, node: nodeNames.get(r.id) ?? '' }, 'info');
    // A release flow nobody named is called "Release flow" in the page's language.
    const unnamedFlow = r.type === 'pipeline' && !r.flow.named && r.name === r.flow.label;
    return line('scenario.component', r.monthly, { name: unnamedFlow ? '@msg:scenario.flowName' : r.name, amount });
  });
  if (codeBuild && freeTier && isPositive(codeBuild.freeTierCredit)) {
    lines.push(line('scenario.codebuildFreeTier', codeBuild.freeTierCredit, { projects: String(codeBuildProjects), credit: usd(codeBuild.freeTierCredit) }, 'info'));
  }
  const partList = components.flatMap((r, j) => (linkedIds.has(r.id) ? [] : [amounts[j] as string]));
  // (archTotal is zero without an architecture.)
  const priced = !archTotal.isZero();
  if (priced) {
    const amount = usd(archTotal, 2);
    lines.push(line('scenario.architecture', archTotal, { amount }));
    partList.push(amount);
  }
  const parts = partList.join(' + ') || '$0.00';
  lines.push(line('scenario.monthly', monthlyTotal, { parts, total: usd(monthlyTotal, 2) }, 'info'));
  const annual = usd(annualTotal, 2);
  if (year.kind === 'twelve-months') {
    lines.push(line('scenario.annual', annualTotal, { monthly: usd(monthlyTotal, 4), annual }, 'info'));
  } else {
    // Each part's year (12 x its month, or its 12 calendar months summed) on a line of its own, then their sum.
    for (const r of unlinked) {
      const params = { name: r.name, monthly: usd(r.monthly, 2), annual: usd(r.annual, 2) };
      lines.push(r.year.kind === 'calendar-months'
        ? line('scenario.year.calendarMonths', r.annual, { ...params, from: r.year.from, to: r.year.to }, 'info')
        : line('scenario.year.twelveMonths', r.annual, params, 'info'));
    }
    if (priced) lines.push(line('scenario.year.architecture', archTotal.times(12), { monthly: usd(archTotal, 2), annual: usd(archTotal.times(12), 2) }, 'info'));
    const yearParts = [...unlinked.map((r) => usd(r.annual, 2)), ...(priced ? [usd(archTotal.times(12), 2)] : [])].join(' + ') || '$0.00';
    lines.push(line('scenario.annual.calendar', annualTotal, { from: year.from, to: year.to, parts: yearParts, annual }, 'info'));
  }

  if (isPositive(monthlySavings)) {
    const perMonth = usd(monthlySavings, 2);
    const perYear = usd(annualSavings, 2);
    lines.push(year.kind === 'twelve-months'
      ? line('scenario.savings', monthlySavings, { monthly: perMonth, annual: perYear }, 'info')
      : line('scenario.savings.calendar', monthlySavings, { monthly: perMonth, annual: perYear, from: year.from, to: year.to }, 'info'));
  }

  return { monthlyTotal, annualTotal, monthlySavings, annualSavings, year, lines };
}
