/**
 * Time zones, the layer under calendar months (ec2/time-zone.ts): the offsets of a zone over a range
 * of instants, with each clock change located to the second; the instant of a local time in a whole
 * year of segments; a formatter that writes other fields than en-US; the bounded formatter cache.
 *
 * Offsets are local - UTC in ms. Hand-checked clock changes (public DST rules):
 * - America/New_York, 2025: UTC-5 -> UTC-4 on 9 March at 02:00 EST = 07:00 UTC;
 *   UTC-4 -> UTC-5 on 2 November at 02:00 EDT = 06:00 UTC.
 * - Australia/Sydney, 2025: UTC+11 -> UTC+10 on 6 April at 03:00 AEDT = 16:00 UTC on the 5th;
 *   UTC+10 -> UTC+11 on 5 October at 02:00 AEST = 16:00 UTC on the 4th.
 */
import { describe, expect, it } from 'vitest';
import { resolveLocal, zoneFormatter, zoneSegments } from '../../src/engine/ec2/time-zone.ts';

const H = 3_600_000;
const FIELDS = { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
const NY_SPRING = Date.UTC(2025, 2, 9, 7, 0);
const NY_FALL = Date.UTC(2025, 10, 2, 6, 0);

describe('zone segments', () => {
  it('a year of New York: UTC-5 from the start, UTC-4 from 07:00 UTC on 9 March, UTC-5 again from 06:00 UTC on 2 November', () => {
    const segs = zoneSegments(zoneFormatter('America/New_York', ''), Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31));
    expect(segs).toEqual([
      { start: -Infinity, offset: -5 * H },
      { start: NY_SPRING, offset: -4 * H },
      { start: NY_FALL, offset: -5 * H },
    ]);
  });

  it('only the changes inside [from, to]: a range starting 5 h after a change, or ending 1 h before one, has one offset', () => {
    const dtf = zoneFormatter('America/New_York', '');
    // from 12:00 UTC on 9 March (5 h after the change) to three days later: EDT throughout
    expect(zoneSegments(dtf, Date.UTC(2025, 2, 9, 12, 0), Date.UTC(2025, 2, 12, 12, 0))).toEqual([{ start: -Infinity, offset: -4 * H }]);
    // from 07:00 UTC on 6 March to 06:00 UTC on 9 March (1 h before the change): EST throughout
    expect(zoneSegments(dtf, Date.UTC(2025, 2, 6, 7, 0), Date.UTC(2025, 2, 9, 6, 0))).toEqual([{ start: -Infinity, offset: -5 * H }]);
  });

  it('a formatter writing other fields (German day.month.year, no seconds, hour 24) gives the same offsets', () => {
    const from = Date.UTC(2025, 2, 1, 0, 23, 17); // an instant with minutes and seconds
    const to = Date.UTC(2025, 2, 31);
    const expected = [
      { start: -Infinity, offset: -5 * H },
      { start: NY_SPRING, offset: -4 * H },
    ];
    expect(zoneSegments(zoneFormatter('America/New_York', ''), from, to)).toEqual(expected);
    // "9.3.2025, 03:00:00": not the en-US pattern, read field by field
    const german = new Intl.DateTimeFormat('de-DE', { timeZone: 'America/New_York', ...FIELDS });
    expect(zoneSegments(german, from, to)).toEqual(expected);
    // no seconds field: read as 0 (exact at whole minutes, where no change lies in these 3 days)
    const noSeconds = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    expect(zoneSegments(noSeconds, Date.UTC(2025, 0, 10, 5, 0), Date.UTC(2025, 0, 13, 5, 0))).toEqual([{ start: -Infinity, offset: -5 * H }]);
    // hour cycle 1-24: local midnight (05:00 UTC in January) is written "24:00:00", still the same day's 00:00
    const h24 = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', ...FIELDS, hourCycle: 'h24' });
    expect(zoneSegments(h24, Date.UTC(2025, 0, 10, 5, 0), Date.UTC(2025, 0, 13, 5, 0))).toEqual([{ start: -Infinity, offset: -5 * H }]);
  });
});

describe('local times in a whole year of segments', () => {
  it('Sydney 2025: the skipped 02:00-03:00 on 5 October resolves to the jump (16:00 UTC on the 4th), after the April change', () => {
    const segs = zoneSegments(zoneFormatter('Australia/Sydney', ''), Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31));
    const APRIL = Date.UTC(2025, 3, 5, 16, 0);
    const OCTOBER = Date.UTC(2025, 9, 4, 16, 0);
    expect(segs).toEqual([
      { start: -Infinity, offset: 11 * H },
      { start: APRIL, offset: 10 * H },
      { start: OCTOBER, offset: 11 * H },
    ]);
    // local times are given as if the wall clock were UTC
    expect(resolveLocal(segs, Date.UTC(2025, 9, 5, 2, 0))).toBe(OCTOBER); // skipped: first instant after the gap
    expect(resolveLocal(segs, Date.UTC(2025, 9, 5, 2, 30))).toBe(OCTOBER); // skipped
    expect(resolveLocal(segs, Date.UTC(2025, 9, 5, 3, 0))).toBe(OCTOBER); // 03:00 AEDT = 16:00 UTC
    expect(resolveLocal(segs, Date.UTC(2025, 9, 5, 1, 59))).toBe(OCTOBER - 60_000); // 01:59 AEST
    // 6 April 02:30 happens twice (AEDT, then AEST): the first is 15:30 UTC on the 5th
    expect(resolveLocal(segs, Date.UTC(2025, 3, 6, 2, 30))).toBe(Date.UTC(2025, 3, 5, 15, 30));
    // mid-winter 12:00 AEST = 02:00 UTC; mid-summer 12:00 AEDT = 01:00 UTC
    expect(resolveLocal(segs, Date.UTC(2025, 6, 1, 12, 0))).toBe(Date.UTC(2025, 6, 1, 2, 0));
    expect(resolveLocal(segs, Date.UTC(2025, 0, 15, 12, 0))).toBe(Date.UTC(2025, 0, 15, 1, 0));
  });
});

describe('formatter cache', () => {
  /** The zone name with the letters picked by the bits of `i` in upper case (Intl ignores case). */
  const variant = (name: string, i: number): string =>
    [...name].map((c, j) => ((i >> j) & 1 ? c.toUpperCase() : c)).join('');

  it('one formatter per zone name is kept and reused', () => {
    const a = zoneFormatter('Europe/Madrid', 'tz');
    expect(zoneFormatter('Europe/Madrid', 'tz')).toBe(a);
  });

  it('at most 64 names are kept: adding a new name to a full cache empties it first', () => {
    let k = 1000;
    const fresh = (): string => variant('australia/lord_howe', k++);
    const x = fresh();
    let fx = zoneFormatter(x, '');
    // Other tests have filled the cache to an unknown size (at most 64): add new names until x is
    // no longer kept, which takes at most 64 of them. Then the cache holds that name and x again.
    let added = 0;
    for (;;) {
      zoneFormatter(fresh(), '');
      added++;
      expect(added).toBeLessThanOrEqual(64);
      const now = zoneFormatter(x, '');
      if (now !== fx) {
        fx = now;
        break;
      }
    }
    // 2 names kept: 62 more make 64, all kept
    for (let i = 0; i < 62; i++) zoneFormatter(fresh(), '');
    expect(zoneFormatter(x, '')).toBe(fx);
    // the 65th name empties the cache: x gets a new formatter
    zoneFormatter(fresh(), '');
    expect(zoneFormatter(x, '')).not.toBe(fx);
  });
});
