/**
 * Time zones with `Intl` only (no time-zone table of our own): a zone's UTC offsets over a range of
 * instants, and the instant of a local wall-clock time (see schedule-calendar.ts for the DST rules).
 */
import { EngineError } from '../errors.ts';
import { quoteRef } from '../json.ts';
import { MS_PER_DAY } from './schedule-dates.ts';

/**
 * Formatters already made, by zone (module-level, bounded). Making an Intl.DateTimeFormat costs
 * about as much as a month of offsets; it is immutable and deterministic, so one per zone is kept
 * (test/bench/schedule.bench.ts: twelve calendar months take about twice as long without it, and
 * the savings chart's mean went over the 5 ms target).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_MAX = 64;

/** A formatter that writes an instant's wall-clock fields in `zone` (throws `unknown_time_zone`). */
export function zoneFormatter(zone: string, path: string): Intl.DateTimeFormat {
  const known = formatters.get(zone);
  if (known) return known;
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new EngineError('unknown_time_zone', path, { value: zone.slice(0, 40) });
  }
  if (formatters.size >= FORMATTERS_MAX) formatters.clear();
  formatters.set(zone, dtf);
  return dtf;
}

/**
 * Validate an IANA time zone with `Intl` (throws `unknown_time_zone`). Returns the name as
 * given (trimmed); `Intl` accepts any case and aliases such as "US/Pacific".
 */
export function validateTimeZone(value: unknown, path: string): string {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('unknown_time_zone', path, { value: quoteRef(value) });
  const zone = value.trim();
  // A blank or absurdly long name (the longest IANA name has 32 characters) is refused before `Intl`
  // is asked: a value from a link or file may be megabytes long, and `Intl` would read it whole.
  if (zone === '' || zone.length > 64) throw new EngineError('unknown_time_zone', path, { value: zone.slice(0, 40) });
  zoneFormatter(zone, path);
  return zone;
}

const FORMAT_RE = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** UTC offset (local - UTC) in ms at instant `t`, a whole second (the callers pass whole minutes). */
function offsetAt(dtf: Intl.DateTimeFormat, t: number): number {
  const m = FORMAT_RE.exec(dtf.format(t));
  let fields: number[];
  if (m) {
    fields = [Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])];
  } else {
    // Some ICU builds format differently: fall back to the (slower) parts.
    const parts = dtf.formatToParts(t);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    fields = [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
  }
  const [y = 1970, mo = 1, da = 1, h = 0, mi = 0, s = 0] = fields;
  return Date.UTC(y, mo - 1, da, h % 24, mi, s) - t;
}

export interface Segment {
  /** First instant (ms) with this offset; -Infinity for the first segment. */
  readonly start: number;
  readonly offset: number;
}

/**
 * Offsets of `zone` over the instants [from, to] (whole seconds), sampled daily, changes located to
 * the second.
 */
export function zoneSegments(dtf: Intl.DateTimeFormat, from: number, to: number): Segment[] {
  let prevT = from;
  let prevO = offsetAt(dtf, from);
  const segs: Segment[] = [{ start: -Infinity, offset: prevO }];
  for (let t = from + MS_PER_DAY; ; t += MS_PER_DAY) {
    const tt = Math.min(t, to);
    let o = offsetAt(dtf, tt);
    while (o !== prevO) {
      // Bisection: lo has prevO, hi does not; find the first second that does not.
      let lo = prevT;
      let hi = tt;
      while (hi - lo > 1000) {
        const mid = lo + (((hi - lo) / 1000) >> 1) * 1000;
        if (offsetAt(dtf, mid) === prevO) lo = mid;
        else hi = mid;
      }
      const oh = offsetAt(dtf, hi);
      segs.push({ start: hi, offset: oh });
      prevT = hi;
      prevO = oh;
      o = offsetAt(dtf, tt);
    }
    prevT = tt;
    if (tt >= to) break;
  }
  return segs;
}

/**
 * Instant for a local wall time `local` (ms as if the wall clock were UTC). Repeated times
 * (fall back) give the earlier instant; skipped times (spring forward) give the instant of
 * the jump.
 */
export function resolveLocal(segs: readonly Segment[], local: number): number {
  let best = Infinity;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    const t = local - seg.offset;
    if (t >= seg.start && (next === undefined || t < next.start) && t < best) best = t;
  }
  if (best !== Infinity) return best;
  // A skipped time (no segment reaches it) resolves to the jump over it. Let b be the first segment
  // whose start reads later than `local` on its own clock (the first one, from -Infinity, never
  // does). The segment before b starts at or before `local` and does not reach it, so its clock runs
  // up to b.start + its offset <= local < b.start + b.offset: the clocks jump over `local` as b
  // begins. b exists: the last segment never ends, so it reaches every local time after its start.
  const jump = segs.find((seg) => local < seg.start + seg.offset) as Segment;
  return jump.start;
}
