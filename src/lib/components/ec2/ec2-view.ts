/**
 * Pure helpers for the EC2 off-hours editor (no Svelte, no DOM): the schedule grid and its
 * keyboard moves, the schedule summary, merged prices for the chart, row keys for lists whose
 * items have no id, and time-zone helpers.
 */
import { EBS_VOLUME_TYPES, type EbsVolumeType, type Ec2Prices, EngineError, gridToPeriods, parseSchedule, periodsToGrid, validateTimeZone, WEEKDAYS, type Period, type Weekday } from '../../../engine/index.ts';
import type { Ec2Doc } from '../../state/scenario.svelte.ts';
import { newId } from '../../state/scenario.svelte.ts';

export { WEEKDAYS, type Weekday };

/** Apply an edit to this EC2 component (through store.edit: one undo step per mergeKey run). */
export type Ec2Edit = (fn: (c: Ec2Doc) => void, mergeKey?: string | null) => void;

/** A 7 x 24 grid: row 0 = Monday, column = hour; true = running. */
export type Grid = boolean[][];

export const DAYS = 7;
export const HOURS = 24;

/** "09:00". */
export function hourText(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}

/** "09:00–10:00" (the last hour ends at 24:00). */
export function hourRange(h: number): string {
  return `${hourText(h)}–${hourText(h + 1)}`;
}

export interface GridView {
  readonly grid: Grid;
  /** False when some period does not start or end on the hour (the grid rounds it out). */
  readonly exact: boolean;
  /** True when the periods could not be read (e.g. an imported document); the grid is empty. */
  readonly invalid: boolean;
}

/** The grid for stored periods. Never throws: invalid periods give an empty, flagged grid. */
export function gridOf(periods: unknown): GridView {
  try {
    const { grid, exact } = periodsToGrid(periods);
    return { grid, exact, invalid: false };
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    return { grid: emptyGrid(), exact: true, invalid: true };
  }
}

export function emptyGrid(): Grid {
  return Array.from({ length: DAYS }, () => new Array<boolean>(HOURS).fill(false));
}

/** A copy of `grid` with one cell set. */
export function withCell(grid: readonly (readonly boolean[])[], row: number, col: number, value: boolean): Grid {
  const next = grid.map((r) => [...r]);
  const r = next[row];
  if (r) r[col] = value;
  return next;
}

/** Periods for a grid (hour-aligned blocks), as plain mutable objects for the document. */
export function periodsOf(grid: Grid): { days: Weekday[]; start: string; end: string }[] {
  return gridToPeriods(grid).map((p: Period) => ({ days: [...p.days], start: p.start, end: p.end }));
}

export interface WeekSummary {
  /** Running hours per week (minutes / 60, may be fractional for imported periods). */
  readonly hours: number;
  /** Starts per week (0 when always on: it never stops). */
  readonly runs: number;
  readonly alwaysOn: boolean;
}

/** Hours and runs per week of the stored periods; null when they cannot be read. */
export function weekSummary(periods: unknown): WeekSummary | null {
  try {
    const s = parseSchedule({ periods });
    return { hours: s.weekly.minutesPerWeek / 60, runs: s.weekly.runs.length, alwaysOn: s.weekly.alwaysOn };
  } catch (e) {
    if (e instanceof EngineError) return null;
    throw e;
  }
}

/** Where a key press moves the grid focus, or null when the key is not a move. */
export function moveFor(key: string, ctrl: boolean, row: number, col: number): { row: number; col: number } | null {
  switch (key) {
    case 'ArrowRight':
      return { row, col: Math.min(HOURS - 1, col + 1) };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'ArrowDown':
      return { row: Math.min(DAYS - 1, row + 1), col };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'Home':
      return { row: ctrl ? 0 : row, col: 0 };
    case 'End':
      return { row: ctrl ? DAYS - 1 : row, col: HOURS - 1 };
    case 'PageUp':
      return { row: 0, col };
    case 'PageDown':
      return { row: DAYS - 1, col };
    default:
      return null;
  }
}

/**
 * Stable keys for list rows that carry no id in the document (EBS volumes): a key per index,
 * kept when a row is removed (the later keys shift down with their rows).
 */
export class RowKeys {
  #keys: string[] = [];
  constructor(private readonly prefix: string) {}
  /** Keys for a list of `n` rows (new rows get new keys; a shorter list drops the tail). */
  keys(n: number): string[] {
    while (this.#keys.length < n) this.#keys.push(newId(this.prefix));
    this.#keys.length = n;
    return [...this.#keys];
  }
  /** Call before removing row `i` from the document. */
  remove(i: number): void {
    this.#keys.splice(i, 1);
  }
}

/** Catalog defaults with the component's overrides merged over them (as the scenario evaluator does). */
export function mergedPrices(defaults: Ec2Prices, overrides: Ec2Prices | undefined): Ec2Prices {
  if (!overrides) return defaults;
  const ebsGbMonth = { ...(defaults.ebsGbMonth ?? {}), ...(overrides.ebsGbMonth ?? {}) };
  return { ...defaults, ...overrides, ebsGbMonth };
}

/** The volume types used by the component's volumes, in catalog order. */
export function usedVolumeTypes(volumes: readonly { type: string }[] | undefined): EbsVolumeType[] {
  const used = new Set((volumes ?? []).map((v) => v.type));
  return EBS_VOLUME_TYPES.filter((t) => used.has(t));
}

/** Every IANA zone this browser knows (a short fallback list where Intl cannot list them). */
export function timeZones(): readonly string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  try {
    const list = intl.supportedValuesOf?.('timeZone');
    if (list && list.length > 0) return list.includes('UTC') ? list : ['UTC', ...list];
  } catch {
    /* fall through */
  }
  return ['UTC', 'America/New_York', 'America/Mexico_City', 'America/Bogota', 'America/Sao_Paulo', 'Europe/London', 'Europe/Madrid', 'Asia/Tokyo'];
}

/** The browser's own time zone, if Intl reports one. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** The canonical spelling of a time zone ("europe/madrid" -> "Europe/Madrid"), or null when unknown. */
export function canonicalTimeZone(text: string): string | null {
  const t = text.trim();
  try {
    validateTimeZone(t, '');
  } catch (e) {
    if (e instanceof EngineError) return null;
    throw e;
  }
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return t;
  }
}

/** Days in a "YYYY-MM" month (0 when unreadable). */
export function daysInYearMonth(yearMonth: string | undefined): number {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth ?? '');
  if (!m) return 0;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
}
