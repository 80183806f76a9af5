/**
 * `nubecalc diff OLD NEW`: the compare view's table for two scenarios (the old one is the
 * baseline), built with the app's comparison logic (src/lib/compare/compare.ts) and its
 * formatting (compare-format.ts): totals, cost per component type and shared component name,
 * availability, nines, downtime, each with its difference, and the cost of each extra nine.
 */
import type { ScenarioResult } from '../engine/index.ts';
import { availabilityRows, columns, costPerNine, costRows, type Column, type Row } from '../lib/compare/compare.ts';
import { deltaText, nineCostText, valueText } from '../lib/components/compare/compare-format.ts';
import type { CliI18n } from './i18n.ts';
import { clean } from './figures.ts';

export interface DiffRow {
  readonly key: string;
  readonly label: string;
  /** Exact values (null where the scenario has no such figure). */
  readonly old: string | null;
  readonly new: string | null;
  readonly diff: string | null;
  readonly oldText: string;
  readonly newText: string;
  /** "+$12.00 (+15.2%)", or "" when there is nothing to compare. */
  readonly changeText: string;
  /** Whether the change is an improvement ("better"), a regression ("worse") or none. */
  readonly verdict: 'better' | 'worse' | 'same' | null;
}

export interface DiffFigures {
  readonly oldName: string;
  readonly newName: string;
  readonly oldSource: string;
  readonly newSource: string;
  readonly rows: readonly DiffRow[];
  /** The cost of each extra nine, in a sentence. */
  readonly perNine: string;
}

function rowLabel(i18n: CliI18n, r: Row): string {
  const p = r.params ?? {};
  return clean(i18n.t(r.label, p.type ? { ...p, type: i18n.t(`kind.${p.type}`) } : p));
}

function diffRow(i18n: CliI18n, r: Row): DiffRow {
  const [a, b] = r.cells;
  const d = b?.delta ?? null;
  let changeText = '';
  if (d) {
    const t = deltaText(i18n, r.format, d, r.relative, b?.places);
    changeText = t.rel ? `${t.diff} (${t.rel})` : t.diff;
  }
  const verdict = d === null ? null : d.sign === 0 ? 'same' : (d.sign > 0) === (r.better === 'higher') ? 'better' : 'worse';
  return {
    key: r.key,
    label: rowLabel(i18n, r),
    old: a?.value?.toFixed() ?? null,
    new: b?.value?.toFixed() ?? null,
    diff: d?.diff.toFixed() ?? null,
    oldText: a ? valueText(i18n, r.format, a) : '',
    newText: b ? valueText(i18n, r.format, b) : '',
    changeText,
    verdict,
  };
}

export function diffFigures(i18n: CliI18n, old: { source: string; result: ScenarioResult }, next: { source: string; result: ScenarioResult }): DiffFigures {
  const cols: Column[] = columns(
    [
      { id: 'old', name: old.result.name, result: old.result, stale: false },
      { id: 'new', name: next.result.name, result: next.result, stale: false },
    ],
    (i) => i18n.t(i === 0 ? 'cli.diff.old' : 'cli.diff.new'),
  );
  const [base, other] = cols as [Column, Column];
  const point = (c: Column) => ({ monthly: c.monthly, availability: c.availability });
  return {
    oldName: clean(base.name),
    newName: clean(other.name),
    oldSource: old.source,
    newSource: next.source,
    rows: [...costRows(cols), ...availabilityRows(cols)].map((r) => diffRow(i18n, r)),
    perNine: clean(nineCostText(i18n, costPerNine(point(other), point(base)))),
  };
}
