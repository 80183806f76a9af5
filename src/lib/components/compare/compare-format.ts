/**
 * How the comparison's figures read on screen, in the page language: values, signed differences
 * ("+$12.00", "−$3.50", U+2212 minus), durations, conventions, the cost-per-nine sentences.
 */
import { Dec, formatDuration } from '../../../engine/index.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import type { AvailabilityFigures, Delta, NineCost, RowCell, RowFormat } from '../../compare/compare.ts';

type T = Pick<I18n, 't' | 'money' | 'number' | 'percent' | 'lang'>;

const MINUS = '\u2212';

/** A duration in seconds as "8h 45m 36s" (English) / "8 h 45 min 36 s" (Spanish). */
export function durationText(i18n: T, seconds: Dec): string {
  const f = formatDuration(seconds.abs());
  const { days, hours, minutes } = f.parts;
  const parts: [number | string, 'd' | 'h' | 'm' | 's'][] = [
    [days, 'd'],
    [hours, 'h'],
    [minutes, 'm'],
    [f.secondsText, 's'],
  ];
  const nonZero = (v: number | string): boolean => (typeof v === 'number' ? v !== 0 : Number(v) !== 0);
  const first = parts.findIndex(([v]) => nonZero(v));
  if (first < 0) return i18n.t('compare.dur.s', { n: '0' });
  let last = parts.length - 1;
  while (last > first && !nonZero(parts[last]![0])) last--;
  return parts
    .slice(first, last + 1)
    .map(([v, u]) => i18n.t(`compare.dur.${u}`, { n: typeof v === 'number' ? i18n.number(String(v), 0) : i18n.number(v, 20) }))
    .join(' ');
}

/** A cell's value (never NaN: cells without a value say why). */
export function valueText(i18n: T, format: RowFormat, cell: RowCell): string {
  if (cell.value === null) return i18n.t(`compare.none.${cell.reason ?? 'absent'}`);
  return plain(i18n, format, cell.value, cell.places);
}

function plain(i18n: T, format: RowFormat, v: Dec, places?: number): string {
  if (format === 'money') return i18n.money(v);
  if (format === 'percent') return i18n.percent(v.toFixed(places ?? 6, Dec.ROUND_HALF_EVEN), places ?? 6);
  if (format === 'nines') return i18n.number(v.toFixed(5, Dec.ROUND_HALF_EVEN), 5);
  return durationText(i18n, v);
}

/** "+x" / "−x" with x = |v| formatted. */
export function signed(text: string, sign: -1 | 0 | 1): string {
  return sign > 0 ? `+${text}` : sign < 0 ? `${MINUS}${text}` : text;
}

/** The difference against the baseline ("+$12.00", "−0.05 pp", "+1h 2m") and, if wanted, the relative change ("+15.2%"). */
export function deltaText(i18n: T, format: RowFormat, d: Delta, relative: boolean, places?: number): { diff: string; rel: string | null } {
  const abs = d.diff.abs();
  let diff: string;
  if (format === 'percent') diff = i18n.t('compare.delta.pp', { value: i18n.number(abs.toFixed(places ?? 6, Dec.ROUND_HALF_EVEN), places ?? 6) });
  else diff = plain(i18n, format, abs, places);
  let rel: string | null = null;
  if (relative && d.sign !== 0) {
    rel = d.relative === null ? i18n.t('compare.delta.fromZero') : signed(i18n.percent(d.relative.abs().toFixed(1, Dec.ROUND_HALF_EVEN), 1), d.sign);
  }
  return { diff: signed(diff, d.sign), rel };
}

/** The scenario's downtime convention, named. */
export function conventionText(i18n: T, a: AvailabilityFigures): string {
  return i18n.t(`compare.conv.${a.convention}`, { month: a.conventionMonth ?? '' });
}

/** The cost of each extra nine, in a sentence. */
export function nineCostText(i18n: T, c: NineCost): string {
  const money = (v: Dec): string => i18n.money(v.abs());
  const nines = (v: Dec): string => i18n.number(v.abs().toFixed(5, Dec.ROUND_HALF_EVEN), 5);
  switch (c.kind) {
    case 'no-availability':
      return i18n.t(`compare.nine.noAvail.${c.which}`);
    case 'perfect':
      return i18n.t(`compare.nine.perfect.${c.which}`, { cost: signed(money(c.costDiff), c.costDiff.isZero() ? 0 : c.costDiff.isNegative() ? -1 : 1) });
    case 'equal-nines':
      return i18n.t('compare.nine.equal', { cost: signed(money(c.costDiff), c.costDiff.isZero() ? 0 : c.costDiff.isNegative() ? -1 : 1) });
    case 'costs':
      return i18n.t('compare.nine.costs', { nines: nines(c.ninesDiff), cost: money(c.costDiff), perNine: money(c.perNine) });
    case 'saves':
      return i18n.t('compare.nine.saves', { nines: nines(c.ninesDiff), cost: money(c.costDiff), perNine: money(c.perNine) });
    case 'free':
      return i18n.t(c.costDiff.isZero() ? 'compare.nine.freeSame' : 'compare.nine.freeCheaper', { nines: nines(c.ninesDiff), cost: money(c.costDiff) });
    case 'worse':
      return i18n.t(c.costDiff.isZero() ? 'compare.nine.worseSame' : 'compare.nine.worseDearer', { nines: nines(c.ninesDiff), cost: money(c.costDiff) });
  }
}
