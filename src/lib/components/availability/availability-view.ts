/**
 * How availability figures read on screen, in the page language: percents with enough digits to
 * show the downtime, nines (never Infinity: 100% reads "no downtime"), durations from the
 * engine's parts, SLA and convention names. Pure functions of an i18n object.
 */
import { Dec, toPercentUnits, secondsAs, type FormattedDuration, type ConventionName, type AvailabilityResult, type Contribution, type NodeResult, type SlaEntry } from '../../../engine/index.ts';
import { findSla } from '../../../data/slas.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import type { NodeSpec } from '../../state/factories.ts';

type T = Pick<I18n, 't' | 'has' | 'number' | 'percent' | 'lang' | 'month' | 'phrase'>;

/**
 * Decimal places that show an availability's meaningful digits: those of U = 1 - A (four
 * significant digits of U), so 99.9325344846% keeps its downtime visible and a near-perfect value
 * never rounds up to 100%.
 */
export function percentPlaces(unavailability: Dec): number {
  if (unavailability.isZero()) return 2;
  return Math.min(20, Math.max(2, -unavailability.e + 4));
}

/** A (fraction) as a percent with enough digits: "99.93253448%", "100%". */
export function percentText(i18n: T, availability: Dec, unavailability: Dec): string {
  const places = percentPlaces(unavailability);
  return i18n.percent(toPercentUnits(availability).toFixed(places, Dec.ROUND_DOWN), places);
}

/** Nines to two decimals ("3.17 nines"), or "100% — no downtime" when there is no finite number. */
export function ninesText(i18n: T, nines: Dec | null): string {
  if (nines === null) return i18n.t('availability.perfect');
  return i18n.t('availability.ninesValue', { n: i18n.number(nines.toFixed(2, Dec.ROUND_HALF_EVEN), 2) });
}

/** A duration from the engine's parts: "5h 54m 35.92s" (English) / "5 h 54 min 35,92 s" (Spanish). */
export function durationText(i18n: T, d: FormattedDuration): string {
  const { days, hours, minutes } = d.parts;
  const secText = d.secondsText;
  const secNonZero = Number(secText) !== 0;
  const parts: [boolean, string][] = [
    [days !== 0, i18n.t('availability.dur.d', { n: i18n.number(String(days), 0) })],
    [hours !== 0, i18n.t('availability.dur.h', { n: i18n.number(String(hours), 0) })],
    [minutes !== 0, i18n.t('availability.dur.m', { n: i18n.number(String(minutes), 0) })],
    [secNonZero, i18n.t('availability.dur.s', { n: secondsNumber(i18n, secText) })],
  ];
  const first = parts.findIndex(([nz]) => nz);
  if (first < 0) return i18n.t('availability.dur.s', { n: '0' });
  let last = parts.length - 1;
  while (last > first && !parts[last]![0]) last--;
  return parts
    .slice(first, last + 1)
    .map(([, text]) => text)
    .join(' ');
}

function secondsNumber(i18n: T, text: string): string {
  // Exponent notation below a microsecond ("3.05e-9"): keep it, with the page's decimal mark.
  if (/e/i.test(text)) return i18n.lang === 'es' ? text.replace('.', ',') : text;
  const places = text.includes('.') ? text.split('.')[1]!.length : 0;
  return i18n.number(text, Math.min(20, places));
}

/** A catalog SLA's name in the page language, as the formulas name it (the catalog's English name for unknown ids). */
export function slaName(i18n: T, id: string): string {
  return i18n.phrase(`availability.service.${id}`) ?? findSla(id)?.name ?? id;
}

/** "EC2 single instance — 99.5%" for the SLA menus. */
export function slaOption(i18n: T, e: SlaEntry): string {
  return i18n.t('availability.slaOption', { service: slaName(i18n, e.id), sla: i18n.percent(e.sla, 6) });
}

/** The downtime convention, named with its lengths. */
export function conventionText(i18n: T, name: ConventionName, month?: string): string {
  return i18n.t(`availability.conv.${name}.long`, { month: month ? i18n.month(month) : '' });
}

/** A node kind in words ("component", "series group"). */
export function kindLabel(i18n: T, kind: NodeSpec['kind']): string {
  return i18n.t(`availability.kind.${kind}`);
}

/** The name shown for a node (its kind when unnamed). */
export function displayName(i18n: T, node: NodeSpec): string {
  const n = node.name?.trim();
  return n ? n : kindLabel(i18n, node.kind);
}

/** "Label (node name)": a field's accessible name, so each control says which node it edits. */
export function fieldOf(i18n: T, label: string, name: string): string {
  return i18n.t('availability.fieldOf', { label, name });
}

/**
 * The label of each downtime-share entry, by id: the node's name (a failover's switchover reads
 * "Switchover of …"), with its parent group's name added where two entries share a name.
 */
export function contributionLabels(i18n: T, result: AvailabilityResult): ReadonlyMap<string, string> {
  const parent = new Map<string, string>();
  const names = new Map<string, string>();
  const walk = (n: NodeResult, up: NodeResult | null): void => {
    names.set(n.id, n.name);
    if (up) parent.set(n.id, up.name);
    for (const c of n.children) walk(c, n);
  };
  walk(result.tree, null);
  const base = (c: Contribution): string =>
    c.kind === 'switchover' ? i18n.t('availability.switchover', { name: names.get(c.id) ?? c.name }) : (names.get(c.id) ?? c.name);
  const counts = new Map<string, number>();
  for (const c of result.contributions) counts.set(base(c), (counts.get(base(c)) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const c of result.contributions) {
    const b = base(c);
    const p = parent.get(c.id);
    out.set(`${c.kind}:${c.id}`, (counts.get(b) ?? 0) > 1 && p ? i18n.t('availability.inGroup', { name: b, group: p }) : b);
  }
  return out;
}

/** A share of the downtime (fraction 0..1) as a percent: two decimals, "<0.01%" below that. */
export function shareText(i18n: T, share: Dec): string {
  const p = toPercentUnits(share);
  if (p.isZero()) return i18n.percent('0', 0);
  if (p.lt('0.01')) return `<${i18n.percent('0.01', 2)}`;
  return i18n.percent(p.toFixed(2, Dec.ROUND_HALF_EVEN), 2);
}

/** A period's length in hours (under 48 h, and the 730-hour month) or days. */
export function periodLengthText(i18n: T, seconds: Dec, period: string, convention: ConventionName): string {
  const { hours, days } = secondsAs(seconds);
  if (hours.lt(48) || (period === 'month' && convention === '365-day')) return i18n.t('availability.len.h', { n: i18n.number(hours.toFixed(), 4) });
  return i18n.t('availability.len.d', { n: i18n.number(days.toFixed(), 4) });
}
