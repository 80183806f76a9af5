/**
 * The cost of a scenario by part, as the results table and chart show it: each cost component,
 * then the priced architecture, with each counted row's share of the monthly total; and the
 * chart's bars, the largest parts and one bar for all the others. A component linked to an
 * architecture node is listed but not counted (its cost is inside the architecture row), so the
 * counted rows add up to the monthly total.
 */
import { Dec, sum } from '../decimal.ts';
import type { ScenarioResult } from './types.ts';

const HUNDRED = new Dec(100);

export interface CostRow {
  readonly key: string;
  /** The component's name; null for the architecture row (the view names it). */
  readonly name: string | null;
  readonly monthly: Dec;
  /** Its year: 12 x the month, or a component's 12 calendar months summed. */
  readonly annual: Dec;
  /** False for a component counted through an architecture node. */
  readonly counted: boolean;
  /** Percent of the monthly total (0 to 100); null when not counted or when the total is zero. */
  readonly share: Dec | null;
}

/** The rows of a scenario's cost table: its components in order, then the priced architecture (when it costs anything). */
export function scenarioCostRows(result: ScenarioResult): CostRow[] {
  const linked = result.architectureCost?.linkedComponents;
  const total = result.monthlyTotal;
  const share = (monthly: Dec, counted: boolean): Dec | null => (counted && total.gt(0) ? monthly.div(total).times(HUNDRED) : null);
  const rows: CostRow[] = result.components.map((r) => {
    const counted = !(linked?.has(r.id) ?? false);
    return { key: `c:${r.id}`, name: r.name, monthly: r.monthly, annual: r.annual, counted, share: share(r.monthly, counted) };
  });
  const arch = result.architectureCost;
  if (arch && !arch.total.isZero()) rows.push({ key: 'architecture', name: null, monthly: arch.total, annual: arch.total.times(12), counted: true, share: share(arch.total, true) });
  return rows;
}

export interface CostBar {
  readonly label: string;
  readonly monthly: Dec;
}

/**
 * At most `max` bars: every item while there are few; else the `max - 1` most expensive in their
 * order, then one bar labelled `others(count)` with the sum of the rest (so the chart stays
 * readable and cheap to draw; the table still lists every part).
 */
export function costBars(items: readonly { readonly name: string; readonly monthly: Dec }[], max: number, others: (count: number) => string): CostBar[] {
  if (items.length <= max) return items.map((i) => ({ label: i.name, monthly: i.monthly }));
  const keep = Math.max(1, max - 1);
  const ranked = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.monthly.comparedTo(a.item.monthly)); // stable: ties keep their order
  const top = new Set(ranked.slice(0, keep).map((r) => r.index));
  const rest = ranked.slice(keep);
  return [...items.flatMap((item, i) => (top.has(i) ? [{ label: item.name, monthly: item.monthly }] : [])), { label: others(rest.length), monthly: sum(rest.map((r) => r.item.monthly)) }];
}
