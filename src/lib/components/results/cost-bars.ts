/**
 * The cost-by-component chart's bars: every component while there are few; with many, the
 * largest ones and one bar for all the others (their sum), so the chart stays readable and cheap
 * to draw. The table beside it still lists every component. Pure.
 */
import { Dec } from '../../../engine/index.ts';

export interface CostBar {
  readonly label: string;
  readonly monthly: Dec;
}

/** At most `max` bars: the `max - 1` most expensive in their order, then "others" with the rest's sum. */
export function costBars(items: readonly { readonly name: string; readonly monthly: Dec }[], max: number, others: (count: number) => string): CostBar[] {
  if (items.length <= max) return items.map((i) => ({ label: i.name, monthly: i.monthly }));
  const keep = Math.max(1, max - 1);
  const ranked = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.monthly.comparedTo(a.item.monthly) || a.index - b.index);
  const top = new Set(ranked.slice(0, keep).map((r) => r.index));
  const rest = ranked.slice(keep);
  const sum = rest.reduce((s, r) => s.plus(r.item.monthly), new Dec(0));
  return [...items.flatMap((item, i) => (top.has(i) ? [{ label: item.name, monthly: item.monthly }] : [])), { label: others(rest.length), monthly: sum }];
}
