/**
 * A scenario's totals: the monthly and annual sums (a component linked to an architecture node is
 * counted through the node, once), the schedules' savings, and the summary line items.
 */
import { Dec, isPositive, num, sum, usd, ZERO } from '../decimal.ts';
import { line, type LineItem } from '../explain.ts';
import type { CodeBuildAccountResult } from '../codebuild.ts';
import { TWELVE_MONTHS, type ComponentResult, type ScenarioResult, type YearBasis } from './document.ts';

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
  // A component linked to a node is counted through the architecture (once), not in the sum of components.
  const unlinked = components.filter((r) => !linkedIds.has(r.id));
  const archTotal = architectureCost?.total ?? ZERO;
  const monthlyTotal = sum(unlinked.map((r) => r.monthly)).plus(archTotal);
  const annualTotal = sum(unlinked.map((r) => r.annual)).plus(archTotal.times(12));
  const monthlySavings = sum(components.map((r) => (r.type === 'ec2' ? r.ec2.savings : ZERO)));
  const annualSavings = sum(components.map((r) => (r.type === 'ec2' ? r.annualSavings : ZERO)));
  const year = components.find((r) => r.year.kind === 'calendar-months')?.year ?? TWELVE_MONTHS;

  // Each amount is formatted once, for the text and the params that quote it.
  const amounts = components.map((r) => usd(r.monthly, 2));
  const lines: LineItem[] = components.map((r, j) => {
    const amount = amounts[j] as string;
    const node = linkedIds.get(r.id);
    if (node !== undefined) {
      return line('scenario.componentLinked', `${r.name}: ${amount} per month, counted through the architecture node "${node}"`, r.monthly, { name: r.name, amount, node }, 'info');
    }
    return line('scenario.component', `${r.name}: ${amount} per month`, r.monthly, { name: r.name, amount });
  });
  if (codeBuild && freeTier && isPositive(codeBuild.freeTierCredit)) {
    const credit = usd(codeBuild.freeTierCredit);
    lines.push(line('scenario.codebuildFreeTier', `CodeBuild free tier applied once across ${codeBuildProjects} ${codeBuildProjects === 1 ? 'project' : 'projects'}: -${credit} (included above)`, codeBuild.freeTierCredit, { projects: String(codeBuildProjects), credit }, 'info'));
  }
  const partList = components.flatMap((r, j) => (linkedIds.has(r.id) ? [] : [amounts[j] as string]));
  if (architectureCost !== null && !architectureCost.total.isZero()) {
    const amount = usd(archTotal, 2);
    lines.push(line('scenario.architecture', `Priced architecture nodes: ${amount} per month`, archTotal, { amount }));
    partList.push(amount);
  }
  const parts = partList.join(' + ') || '$0.00';
  const total = usd(monthlyTotal, 2);
  lines.push(line('scenario.monthly', `Monthly total: ${parts} = ${total}`, monthlyTotal, { parts, total }, 'info'));
  const monthly = usd(monthlyTotal);
  const annual = usd(annualTotal, 2);
  if (year.kind === 'twelve-months') {
    lines.push(line('scenario.annual', `Annual total: ${monthly} x 12 months = ${annual}`, annualTotal, { monthly, annual }, 'info'));
  } else {
    // Each component's year: 12 x its month, or its 12 calendar months summed.
    const yearList = unlinked.map((r) => (r.year.kind === 'calendar-months' ? `${usd(r.annual, 2)} (${r.name}, ${r.year.from} - ${r.year.to})` : `${usd(r.annual, 2)} (${r.name}, 12 x ${usd(r.monthly, 2)})`));
    if (architectureCost !== null && !archTotal.isZero()) yearList.push(`${usd(archTotal.times(12), 2)} (architecture, 12 x ${usd(archTotal, 2)})`);
    const yearParts = yearList.join(' + ');
    lines.push(line('scenario.annual.calendar', `Annual total, 12 calendar months from ${year.from} to ${year.to}: ${yearParts} = ${annual}`, annualTotal, { from: year.from, to: year.to, parts: yearParts, annual }, 'info'));
  }

  if (isPositive(monthlySavings)) {
    const perMonth = usd(monthlySavings, 2);
    const perYear = usd(annualSavings, 2);
    if (year.kind === 'twelve-months') {
      lines.push(line('scenario.savings', `Schedules save ${perMonth} per month (${perYear} per year)`, monthlySavings, { monthly: perMonth, annual: perYear, months: num(new Dec(12)) }, 'info'));
    } else {
      lines.push(line('scenario.savings.calendar', `Schedules save ${perMonth} in ${year.from} (${perYear} over the 12 calendar months from ${year.from} to ${year.to})`, monthlySavings, { monthly: perMonth, annual: perYear, from: year.from, to: year.to }, 'info'));
    }
  }

  return { monthlyTotal, annualTotal, monthlySavings, annualSavings, year, lines };
}
