/**
 * One evaluated scenario as the command line shows it: every figure twice, exact (decimal text
 * for scripts) and formatted exactly as the app's results panel formats it (the same helpers:
 * i18n money, availability-view's percent, nines and durations), so a terminal and the browser
 * agree to the cent and to the nine.
 */
import { type ScenarioResult, type PeriodName, Dec, type AvailabilityResult, scenarioCostRows } from '../engine/index.ts';
import { conventionText, durationText, ninesText, percentText, slaName } from '../lib/components/availability/availability-view.ts';
import { findSla } from '../data/slas.ts';
import type { CliI18n } from './i18n.ts';

export interface ComponentFigures {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  /** The component type in words ("QuickSight", "EC2 schedule"). */
  readonly typeText: string;
  readonly monthly: string;
  readonly annual: string;
  readonly monthlyText: string;
  readonly annualText: string;
  /**
   * False for a component linked to a priced architecture node: its cost is inside the
   * architecture's figure (once per copy), so it is listed but not added to the total again.
   */
  readonly counted: boolean;
  /** Formulas in the chosen language. */
  readonly lines: readonly string[];
}

export interface DowntimeFigure {
  readonly period: PeriodName;
  readonly seconds: string;
  readonly text: string;
}

export interface SlaFigure {
  readonly id: string;
  readonly percent: string;
  /** "RDS Multi-AZ: 99.95% (Source: ... (as of 2024), unconfirmed)" or "...: 99.9% (your value)". */
  readonly text: string;
  /** False when the value is not the catalog's (an override in the scenario or from --prices). */
  readonly catalog: boolean;
  readonly source: string | null;
  readonly asOf: string | null;
  readonly unconfirmed: boolean;
}

export interface AvailabilityFigures {
  /** A as a fraction, exact. */
  readonly availability: string;
  /** A x 100, exact. */
  readonly percent: string;
  /** -log10(1 - A) as the engine gives it, or null at 100%. */
  readonly nines: string | null;
  readonly percentText: string;
  readonly ninesText: string;
  readonly convention: string;
  readonly conventionText: string;
  /** Downtime allowed per year, month and week (as the app's results panel lists them). */
  readonly downtime: readonly DowntimeFigure[];
  /** True when an SLA (a contract floor, not a measurement) was used. */
  readonly usesSla: boolean;
  /** Each SLA used, with its provenance: the catalog's source, as-of date and flag, or "your value". */
  readonly slas: readonly SlaFigure[];
  readonly lines: readonly string[];
}

/** The priced architecture nodes (the app's "Priced architecture nodes" row), linked components included. */
export interface ArchitectureCostFigures {
  readonly name: string;
  readonly monthly: string;
  readonly annual: string;
  readonly monthlyText: string;
  readonly annualText: string;
}

export interface ScenarioFigures {
  /** Where the scenario came from (file, "-" or link). */
  readonly source: string;
  readonly name: string;
  readonly components: readonly ComponentFigures[];
  /** Null when no architecture node is priced. The counted components and this add up to the total. */
  readonly architectureCost: ArchitectureCostFigures | null;
  readonly monthly: string;
  readonly annual: string;
  readonly monthlyText: string;
  readonly annualText: string;
  readonly savings: string;
  readonly savingsText: string | null;
  readonly availability: AvailabilityFigures | null;
  /** The scenario's summary formulas (totals, free tier, savings). */
  readonly lines: readonly string[];
}

const SHOWN_PERIODS: readonly PeriodName[] = ['year', 'month', 'week'];

/** Text from a scenario file, safe on a terminal: control characters (escape sequences) become spaces. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** The SLAs an availability used, once each, with where their values come from. */
function slaFigures(a: AvailabilityResult, i18n: CliI18n): SlaFigure[] {
  const seen = new Set<string>();
  const out: SlaFigure[] = [];
  for (const use of a.slaUses) {
    const key = `${use.slaId}|${use.percent.toFixed()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = findSla(use.slaId);
    const catalog = !use.overridden && entry !== undefined && new Dec(entry.sla).eq(use.percent);
    const value = `${clean(slaName(i18n, use.slaId))}: ${i18n.percent(use.percent.toFixed(), 20)}`;
    const where = catalog && entry
      ? `${i18n.t('price.source', { source: entry.source, asOf: entry.asOf })}${entry.unconfirmed ? `, ${i18n.t('price.unconfirmed')}` : ''}`
      : i18n.t('price.overridden');
    out.push({ id: clean(use.slaId), percent: use.percent.toFixed(), text: `${value} (${where})`, catalog, source: catalog ? (entry?.source ?? null) : null, asOf: catalog ? (entry?.asOf ?? null) : null, unconfirmed: catalog && entry?.unconfirmed === true });
  }
  return out;
}

export function scenarioFigures(source: string, result: ScenarioResult, i18n: CliI18n): ScenarioFigures {
  const a = result.availability;
  const availability: AvailabilityFigures | null = a
    ? {
        availability: a.availability.toFixed(),
        percent: a.percent.toFixed(),
        nines: a.nines === null ? null : a.nines.toFixed(),
        percentText: percentText(i18n, a.availability, a.unavailability),
        ninesText: ninesText(i18n, a.nines),
        convention: a.downtime.convention.name,
        conventionText: conventionText(i18n, a.downtime.convention.name, a.downtime.convention.month),
        downtime: a.downtime.rows
          .filter((r) => SHOWN_PERIODS.includes(r.period))
          .map((r) => ({ period: r.period, seconds: r.downtimeSeconds.toFixed(), text: durationText(i18n, r.duration) })),
        usesSla: a.usesSla,
        slas: slaFigures(a, i18n),
        lines: a.lines.map((l) => clean(i18n.line(l))),
      }
    : null;
  // The engine's cost rows: each component's year as the totals count it (a calendar-month
  // schedule's 12 calendar months summed, not 12 x its month), then the priced architecture.
  const rows = scenarioCostRows(result);
  const arch = rows.find((r) => r.name === null);
  const architectureCost: ArchitectureCostFigures | null = arch
    ? { name: i18n.t('priced.architectureRow'), monthly: arch.monthly.toFixed(), annual: arch.annual.toFixed(), monthlyText: i18n.money(arch.monthly), annualText: i18n.money(arch.annual) }
    : null;
  return {
    source,
    name: clean(result.name),
    components: result.components.map((c, i) => ({
      id: clean(c.id),
      name: clean(c.name),
      type: c.type,
      typeText: i18n.t(`kind.${c.type}`),
      monthly: c.monthly.toFixed(),
      annual: c.annual.toFixed(),
      monthlyText: i18n.money(c.monthly),
      annualText: i18n.money(c.annual),
      counted: rows[i]?.counted ?? true,
      lines: c.lines.map((l) => clean(i18n.line(l))),
    })),
    architectureCost,
    monthly: result.monthlyTotal.toFixed(),
    annual: result.annualTotal.toFixed(),
    monthlyText: i18n.money(result.monthlyTotal),
    annualText: i18n.money(result.annualTotal),
    savings: result.monthlySavings.toFixed(),
    savingsText: result.monthlySavings.gt(0) ? i18n.money(result.monthlySavings) : null,
    availability,
    lines: result.lines.map((l) => clean(i18n.line(l))),
  };
}
