/**
 * The comparison of several scenarios: pure functions over the engine's own results.
 *
 * Every figure shown for a scenario is read from that scenario's `ScenarioResult` (the same
 * values its own results panel shows); the engine works out the deltas against a baseline (the
 * first scenario) and the cost of each extra nine; this module lays them out in rows and finds
 * which scenarios lie on the cost-availability frontier. Nothing here touches Svelte, the DOM or
 * i18n: labels are message keys the view translates.
 */
import { ZERO, SCENARIO_COMPONENT_TYPES, costByName, costByType, delta, type Dec, type Delta, type ScenarioComponentType, type ScenarioResult, type ConventionName, type PeriodName } from '../../engine/index.ts';

// The arithmetic (deltas, the cost of each extra nine, sums by type and name) is the engine's
// (src/engine/scenario/compare.ts); re-exported here for the views.
export { delta, costPerNine, type Delta, type NinePoint, type NineCost } from '../../engine/index.ts';

export type ComponentType = ScenarioComponentType;
/** Component types in display order. */
export const COMPONENT_TYPES: readonly ComponentType[] = SCENARIO_COMPONENT_TYPES;

/** One scenario as the comparison receives it (from a ScenarioStore). */
export interface CompareInput {
  readonly id: string;
  /** The scenario's own name (may be empty or repeated; see {@link uniqueNames}). */
  readonly name: string;
  /** The scenario's last valid result (null when it never had one). */
  readonly result: ScenarioResult | null;
  /** True when the result shown is not the result of what is on screen. */
  readonly stale: boolean;
}

/** The availability figures of one scenario, straight from its result. */
export interface AvailabilityFigures {
  readonly availability: Dec;
  readonly unavailability: Dec;
  /** A x 100. */
  readonly percent: Dec;
  /** null when the scenario is at 100% (no finite nines). */
  readonly nines: Dec | null;
  readonly perfect: boolean;
  readonly convention: ConventionName;
  /** "YYYY-MM" for the calendar-month convention. */
  readonly conventionMonth: string | null;
  /** Downtime in seconds per year and per month under the scenario's own convention. */
  readonly downtime: Readonly<Record<'year' | 'month', Dec>>;
}

/** One column of the comparison. */
export interface Column {
  readonly id: string;
  /** Unique, non-empty display name. */
  readonly name: string;
  readonly stale: boolean;
  /** False when the scenario has no valid result: every figure below is then zero and not shown. */
  readonly ok: boolean;
  readonly monthly: Dec;
  readonly annual: Dec;
  readonly savings: Dec;
  /** Monthly cost summed per component type (zero when the scenario has none of that type). */
  readonly byType: Readonly<Record<ComponentType, Dec>>;
  readonly hasType: Readonly<Record<ComponentType, boolean>>;
  /** Monthly cost per trimmed component name (components sharing a name are summed). */
  readonly byName: ReadonlyMap<string, Dec>;
  /** What the priced architecture costs a month (linked components included); null when nothing in it is priced. */
  readonly architecture: Dec | null;
  readonly availability: AvailabilityFigures | null;
}

/**
 * Display names that are never empty and never repeated: an empty name becomes `fallback(i)`,
 * a repeated one gets " (2)", " (3)"... (chart series and table headers need distinct names).
 */
export function uniqueNames(names: readonly string[], fallback: (index: number) => string): string[] {
  const base = names.map((n, i) => n.trim() || fallback(i));
  const seen = new Map<string, number>();
  const taken = new Set(base);
  return base.map((n) => {
    const count = (seen.get(n) ?? 0) + 1;
    seen.set(n, count);
    if (count === 1) return n;
    let k = count;
    while (taken.has(`${n} (${k})`)) k++;
    const out = `${n} (${k})`;
    taken.add(out);
    return out;
  });
}

function figures(result: ScenarioResult): AvailabilityFigures | null {
  const a = result.availability;
  if (!a) return null;
  const row = (p: PeriodName): Dec => a.downtime.rows.find((r) => r.period === p)?.downtimeSeconds ?? ZERO;
  return {
    availability: a.availability,
    unavailability: a.unavailability,
    percent: a.percent,
    nines: a.nines,
    perfect: a.perfect,
    convention: a.downtime.convention.name,
    conventionMonth: a.downtime.convention.month ?? null,
    downtime: { year: row('year'), month: row('month') },
  };
}

/** Build the columns (in the given order; the first is the baseline). */
export function columns(inputs: readonly CompareInput[], fallbackName: (index: number) => string): Column[] {
  const names = uniqueNames(inputs.map((s) => s.name), fallbackName);
  return inputs.map((s, i) => {
    const r = s.result;
    const comps = r?.components ?? [];
    const { byType, hasType } = costByType(comps);
    const byName = costByName(comps);
    return {
      id: s.id,
      name: names[i] ?? s.id,
      stale: s.stale,
      ok: r !== null,
      monthly: r?.monthlyTotal ?? ZERO,
      annual: r?.annualTotal ?? ZERO,
      savings: r?.monthlySavings ?? ZERO,
      byType,
      hasType,
      byName,
      architecture: r?.architectureCost && !r.architectureCost.total.isZero() ? r.architectureCost.total : null,
      availability: r ? figures(r) : null,
    };
  });
}

/** Component names (trimmed, non-empty) found in two or more of the columns, in first-seen order. */
export function sharedNames(cols: readonly Column[]): string[] {
  const count = new Map<string, number>();
  for (const c of cols) for (const n of c.byName.keys()) if (n !== '') count.set(n, (count.get(n) ?? 0) + 1);
  return [...count].filter(([, k]) => k >= 2).map(([n]) => n);
}

/** Component types present in at least one column. */
export function presentTypes(cols: readonly Column[]): ComponentType[] {
  return COMPONENT_TYPES.filter((t) => cols.some((c) => c.hasType[t]));
}

// ---------------------------------------------------------------------------------------------
// The cost of each extra nine

// ---------------------------------------------------------------------------------------------
// The frontier

/** A scenario as a point: monthly cost and availability A (null when it has no architecture). */
export interface FrontierPoint {
  readonly id: string;
  readonly monthly: Dec;
  readonly availability: Dec | null;
}

/**
 * Where a scenario stands: on the frontier (no other scenario is both no dearer and no less
 * available, and better in one of the two), dominated (by the listed ids), or unknown (no
 * availability to place it).
 */
export type FrontierStatus = { readonly kind: 'frontier' } | { readonly kind: 'dominated'; readonly by: readonly string[] } | { readonly kind: 'unknown' };

export function frontier(points: readonly FrontierPoint[]): Map<string, FrontierStatus> {
  const out = new Map<string, FrontierStatus>();
  for (const p of points) {
    const pa = p.availability;
    if (pa === null) {
      out.set(p.id, { kind: 'unknown' });
      continue;
    }
    const by = points
      .filter((q) => q.id !== p.id && q.availability !== null)
      .filter((q) => {
        const qa = q.availability as Dec;
        return q.monthly.lte(p.monthly) && qa.gte(pa) && (q.monthly.lt(p.monthly) || qa.gt(pa));
      })
      .map((q) => q.id);
    out.set(p.id, by.length > 0 ? { kind: 'dominated', by } : { kind: 'frontier' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Selection

/** The ids that still exist, without repeats, in the given order. */
export function validIds(ids: readonly string[], all: readonly string[]): string[] {
  const known = new Set(all);
  return [...new Set(ids)].filter((id) => known.has(id));
}

/** The selection to start from: the stored one, or every scenario when none is chosen and there are 2 to 4. */
export function initialIds(ids: readonly string[], all: readonly string[]): string[] {
  const valid = validIds(ids, all);
  if (valid.length === 0 && all.length >= 2 && all.length <= 4) return [...all];
  return valid;
}

/** Check (append, keeping the workspace order for the others) or uncheck a scenario. */
export function toggleId(ids: readonly string[], id: string, on: boolean, all: readonly string[]): string[] {
  const valid = validIds(ids, all);
  if (!on) return valid.filter((x) => x !== id);
  if (valid.includes(id) || !all.includes(id)) return valid;
  const [first, ...rest] = valid;
  if (first === undefined) return [id];
  const others = new Set([...rest, id]);
  return [first, ...all.filter((x) => others.has(x))];
}

/** Make a selected scenario the baseline (first). */
export function withBaseline(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [id, ...ids.filter((x) => x !== id)] : [...ids];
}

/** Decimal places that show an availability percent's significant digits (those of U = 1 - A). */
export function percentPlaces(unavailability: Dec): number {
  if (unavailability.isZero()) return 2;
  return Math.min(20, Math.max(2, -unavailability.e + 3));
}

// ---------------------------------------------------------------------------------------------
// The table

export type RowFormat = 'money' | 'percent' | 'nines' | 'duration';
/** Why a cell has no value. */
export type NoValue = 'no-result' | 'absent' | 'no-availability' | 'perfect';

export interface RowCell {
  readonly value: Dec | null;
  readonly reason: NoValue | null;
  /** Against the baseline; null in the baseline column and where either side has no value. */
  readonly delta: Delta | null;
  /** Decimal places to show (availability percent). */
  readonly places?: number;
}

export interface Row {
  /** Stable key (also the test id). */
  readonly key: string;
  /** Message key of the row label and its params. */
  readonly label: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly format: RowFormat;
  /** Which direction of change is an improvement. */
  readonly better: 'higher' | 'lower';
  /** Show the relative change (%) next to the difference. */
  readonly relative: boolean;
  readonly cells: readonly RowCell[];
}

function row(key: string, label: string, format: RowFormat, better: 'higher' | 'lower', relative: boolean, cols: readonly Column[], pick: (c: Column) => { value: Dec | null; reason?: NoValue | null; places?: number }, params?: Record<string, string>): Row {
  const picked = cols.map((c) => (c.ok ? pick(c) : { value: null, reason: 'no-result' as NoValue }));
  const base = picked[0]?.value ?? null;
  const cells = picked.map((p, i) => ({
    value: p.value,
    reason: p.value === null ? (p.reason ?? 'absent') : null,
    delta: i > 0 && p.value !== null && base !== null ? delta(p.value, base) : null,
    ...(p.places !== undefined ? { places: p.places } : {}),
  }));
  return params ? { key, label, params, format, better, relative, cells } : { key, label, format, better, relative, cells };
}

/** The cost rows: totals, per type, per shared component name, EC2 savings. */
export function costRows(cols: readonly Column[]): Row[] {
  const rows: Row[] = [
    row('monthly', 'compare.row.monthly', 'money', 'lower', true, cols, (c) => ({ value: c.monthly })),
    row('annual', 'compare.row.annual', 'money', 'lower', true, cols, (c) => ({ value: c.annual })),
  ];
  for (const t of presentTypes(cols)) rows.push(row(`type-${t}`, 'compare.row.type', 'money', 'lower', true, cols, (c) => ({ value: c.byType[t] }), { type: t }));
  if (cols.some((c) => c.architecture !== null)) rows.push(row('architecture', 'compare.row.architecture', 'money', 'lower', true, cols, (c) => ({ value: c.architecture ?? ZERO })));
  sharedNames(cols).forEach((n, i) => rows.push(row(`name-${i}`, 'compare.row.name', 'money', 'lower', true, cols, (c) => ({ value: c.byName.get(n) ?? null, reason: 'absent' }), { name: n })));
  if (cols.some((c) => c.hasType.ec2)) rows.push(row('savings', 'compare.row.savings', 'money', 'higher', true, cols, (c) => ({ value: c.savings })));
  return rows;
}

/** The availability rows: percent, nines, downtime per year and per month (each scenario's own convention). */
export function availabilityRows(cols: readonly Column[]): Row[] {
  const av = (f: (a: AvailabilityFigures) => { value: Dec | null; reason?: NoValue | null; places?: number }) => (c: Column) =>
    c.availability ? f(c.availability) : { value: null, reason: 'no-availability' as NoValue };
  return [
    row('availability', 'compare.row.availability', 'percent', 'higher', false, cols, av((a) => ({ value: a.percent, places: percentPlaces(a.unavailability) }))),
    row('nines', 'compare.row.nines', 'nines', 'higher', false, cols, av((a) => (a.nines === null ? { value: null, reason: 'perfect' } : { value: a.nines }))),
    row('downtime-year', 'compare.row.downtimeYear', 'duration', 'lower', true, cols, av((a) => ({ value: a.downtime.year }))),
    row('downtime-month', 'compare.row.downtimeMonth', 'duration', 'lower', true, cols, av((a) => ({ value: a.downtime.month }))),
  ];
}

/** Whether the change of a delta is an improvement, a regression, or none. */
export function verdict(d: Delta, better: 'higher' | 'lower'): 'better' | 'worse' | 'same' {
  if (d.sign === 0) return 'same';
  return (d.sign > 0) === (better === 'higher') ? 'better' : 'worse';
}

/** True when the compared scenarios name more than one downtime convention. */
export function mixedConventions(cols: readonly Column[]): boolean {
  const names = new Set(cols.flatMap((c) => (c.availability ? [`${c.availability.convention}|${c.availability.conventionMonth ?? ''}`] : [])));
  return names.size > 1;
}
