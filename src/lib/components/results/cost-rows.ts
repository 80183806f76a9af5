/**
 * The rows of the cost-by-component table and chart: each cost component, then the priced
 * architecture. A component linked to an architecture node is listed but not counted (its cost is
 * inside the architecture row), so the counted rows add up to the monthly total.
 */
import type { Dec, ScenarioResult } from '../../../engine/index.ts';

export interface CostRow {
  readonly key: string;
  /** The component's name; null for the architecture row (the view names it). */
  readonly name: string | null;
  readonly monthly: Dec;
  /** Its year: 12 x the month, or a component's 12 calendar months summed. */
  readonly annual: Dec;
  /** False for a component counted through an architecture node. */
  readonly counted: boolean;
}

export function costRows(result: ScenarioResult): CostRow[] {
  const linked = result.architectureCost?.linkedComponents;
  const rows: CostRow[] = result.components.map((r) => ({ key: `c:${r.id}`, name: r.name, monthly: r.monthly, annual: r.annual, counted: !(linked?.has(r.id) ?? false) }));
  const arch = result.architectureCost;
  if (arch && !arch.total.isZero()) rows.push({ key: 'architecture', name: null, monthly: arch.total, annual: arch.total.times(12), counted: true });
  return rows;
}
