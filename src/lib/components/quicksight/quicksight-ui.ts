/**
 * Small pure helpers for the QuickSight editor: editing one component through the store, stable
 * ids for reader groups (the document has none), the prices in effect, and a live per-group
 * preview that the engine computes from that group alone (so it updates even while another field
 * of the scenario is invalid).
 */
import { quickSightLegacy, type QuickSightLegacyGroupCost, type QuickSightPrices, attempt } from '../../../engine/index.ts';
import { defaultQuickSightPrices } from '../../../data/quicksight.ts';
import type { QuickSightDoc, ScenarioStore } from '../../state/scenario.svelte.ts';

export type ReaderGroupDoc = NonNullable<QuickSightDoc['usage']['readerGroups']>[number];
export type QuickSightPricesDoc = NonNullable<QuickSightDoc['prices']>;

/** Apply `fn` to the QuickSight component with this id, as one undoable edit. */
export function editQuickSight(store: ScenarioStore, id: string, fn: (c: QuickSightDoc) => void, mergeKey: string | null = null): void {
  store.edit((d) => {
    const c = d.components.find((x) => x.id === id);
    if (c && c.type === 'quicksight') fn(c);
  }, mergeKey);
}

/** Drop the field errors recorded at or under `prefix` (fields that are no longer on screen). */
export function clearFieldErrorsUnder(store: ScenarioStore, prefix: string): void {
  for (const p of Object.keys(store.fieldErrors)) {
    if (p === prefix || p.startsWith(`${prefix}.`)) store.setFieldError(p, null);
  }
}

const ids = new WeakMap<object, string>();
let next = 0;
/** A stable id for a reader group object (for keyed each blocks); new objects get new ids. */
export function groupKey(group: object): string {
  let id = ids.get(group);
  if (id === undefined) {
    next += 1;
    id = `rg${next}`;
    ids.set(group, id);
  }
  return id;
}

/** How a group describes its usage. */
export type GroupMode = 'sessions' | 'visits';

export function groupMode(g: ReaderGroupDoc): GroupMode {
  return g.sessionsPerReader === undefined && (g.visitsPerReader !== undefined || g.minutesPerVisit !== undefined) ? 'visits' : 'sessions';
}

/** Catalog defaults with the component's overrides on top (a plain object for the engine). */
export function effectivePrices(overrides: QuickSightPricesDoc | undefined): QuickSightPrices {
  const base = defaultQuickSightPrices();
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) out[k] = v;
  return out as unknown as QuickSightPrices;
}

/**
 * This group priced alone under the legacy Enterprise model: sessions per reader (visits
 * converted), cost per reader, whether the cap applies. Null when the group or the prices are
 * not valid yet.
 */
export function groupPreview(g: ReaderGroupDoc, prices: QuickSightPrices): QuickSightLegacyGroupCost | null {
  const r = attempt(() => quickSightLegacy({ edition: 'enterprise', readerGroups: [{ ...g }] }, prices));
  return r.ok ? (r.value.groups[0] ?? null) : null;
}
