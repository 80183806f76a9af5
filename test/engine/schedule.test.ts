import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { d } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';
import {
  addMonths,
  calendarMonth,
  gridToPeriods,
  localInstant,
  parsePeriods,
  parseSchedule,
  parseTime,
  parseYearMonth,
  periodsToGrid,
  SCHEDULE_PRESETS,
  WEEKDAYS,
  type Period,
  type Weekday,
} from '../../src/engine/index.ts';

const WEEKDAYS5: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL: Weekday[] = [...WEEKDAYS];

function weekly(periods: unknown) {
  return parseSchedule({ periods }).weekly;
}

/** Hours of a calendar month's runs, as a decimal string. */
function runHours(periods: Period[], timeZone: string, ym: string, holidays: string[] = []): string {
  const cm = calendarMonth(parseSchedule({ periods, timeZone, holidays }), ym);
  return cm.runs.reduce((acc, r) => acc.plus(r.end - r.start), d(0)).div(3_600_000).toString();
}

const iso = (ms: number): string => new Date(ms).toISOString();

describe('times', () => {
  it.each([
    ['00:00', false, 0],
    ['09:00', false, 540],
    ['9:05', false, 545],
    ['23:59', false, 1439],
    [' 17:30 ', false, 1050],
    ['24:00', true, 1440], // only as an end
  ])('%s (end=%s) is %i minutes after midnight', (text, isEnd, minutes) => {
    expect(parseTime(text, 'p', isEnd)).toBe(minutes);
  });

  it.each([['24:00'], ['24:01'], ['25:00'], ['12:60'], ['noon'], ['9'], ['09:00:00'], ['-1:00']])('%s is not a start time', (text) => {
    expect(errorOf(() => parseTime(text, 'periods.0.start')).code).toBe('invalid_time');
  });

  it('rejects a number and asks for a missing time', () => {
    expect(errorOf(() => parseTime(930, 'x')).code).toBe('invalid_time');
    expect(errorOf(() => parseTime(undefined, 'x')).code).toBe('required');
  });

  it('explains a bad time with the field path', () => {
    expect(errorOf(() => parseSchedule({ periods: [{ days: ['mon'], start: '25:00', end: '17:00' }] })).message).toMatchInlineSnapshot(
      `""25:00" is not a time of day (use HH:MM, 00:00 to 24:00). (at periods.0.start)"`,
    );
  });
});

describe('periods and the weekly pattern', () => {
  it('office hours preset: Mon-Fri 09:00-17:00 = 40 h and 5 runs a week', () => {
    const w = weekly(SCHEDULE_PRESETS.officeHours);
    expect(w.alwaysOn).toBe(false);
    expect(w.minutesPerWeek).toBe(40 * 60);
    expect(w.runs).toHaveLength(5);
    expect(w.runs[0]).toEqual({ start: 540, minutes: 480 }); // Monday 09:00, 8 h
  });

  it('weekdays preset: Mon-Fri 08:00-20:00 = 60 h and 5 runs a week', () => {
    const w = weekly(SCHEDULE_PRESETS.weekdays);
    expect(w.minutesPerWeek).toBe(60 * 60);
    expect(w.runs).toHaveLength(5);
  });

  it('always-on preset: the whole week, no stops', () => {
    const w = weekly(SCHEDULE_PRESETS.alwaysOn);
    expect(w).toEqual({ alwaysOn: true, runs: [], minutesPerWeek: 10080 });
  });

  it('end <= start crosses midnight: Mon 22:00-06:00 is one 8 h run ending Tuesday', () => {
    expect(weekly([{ days: ['mon'], start: '22:00', end: '06:00' }]).runs).toEqual([{ start: 1320, minutes: 480 }]);
  });

  it("end '24:00' runs to midnight: Mon 00:00-24:00 is 24 h", () => {
    expect(weekly([{ days: ['mon'], start: '00:00', end: '24:00' }]).runs).toEqual([{ start: 0, minutes: 1440 }]);
  });

  it('periods that touch merge into one run (09-12 + 12-17 = one 8 h run)', () => {
    const w = weekly([
      { days: ['wed'], start: '09:00', end: '12:00' },
      { days: ['wed'], start: '12:00', end: '17:00' },
    ]);
    expect(w.runs).toEqual([{ start: 2 * 1440 + 540, minutes: 480 }]);
  });

  it('overlapping periods count their common hours once (09-13 + 11-17 = 8 h)', () => {
    const w = weekly([
      { days: ['thu'], start: '09:00', end: '13:00' },
      { days: ['thu'], start: '11:00', end: '17:00' },
    ]);
    expect(w.runs).toEqual([{ start: 3 * 1440 + 540, minutes: 480 }]);
  });

  it('periods that touch across midnight merge (Mon 18-24 + Tue 00-08 = one 14 h run)', () => {
    const w = weekly([
      { days: ['mon'], start: '18:00', end: '24:00' },
      { days: ['tue'], start: '00:00', end: '08:00' },
    ]);
    expect(w.runs).toEqual([{ start: 1080, minutes: 14 * 60 }]);
  });

  it('periods that touch across Sunday -> Monday merge (Sun 20-24 + Mon 00-04 = one 8 h run)', () => {
    const w = weekly([
      { days: ['mon'], start: '00:00', end: '04:00' },
      { days: ['sun'], start: '20:00', end: '24:00' },
    ]);
    expect(w.runs).toEqual([{ start: 6 * 1440 + 1200, minutes: 480 }]);
  });

  it('a Sunday period crossing midnight ends on Monday (Sun 22:00-02:00 = 4 h)', () => {
    expect(weekly([{ days: ['sun'], start: '22:00', end: '02:00' }])).toEqual({
      alwaysOn: false,
      runs: [{ start: 6 * 1440 + 1320, minutes: 240 }],
      minutesPerWeek: 240,
    });
  });

  it('day and night shifts every day cover the week: always on', () => {
    const w = weekly([
      { days: ALL, start: '08:00', end: '20:00' },
      { days: ALL, start: '20:00', end: '08:00' },
    ]);
    expect(w.alwaysOn).toBe(true);
  });

  it('Mon-Fri 00:00-24:00 is one 120 h run (Monday 00:00 to Saturday 00:00)', () => {
    expect(weekly([{ days: WEEKDAYS5, start: '00:00', end: '24:00' }]).runs).toEqual([{ start: 0, minutes: 120 * 60 }]);
  });

  it('no periods: the instance never runs', () => {
    expect(weekly([])).toEqual({ alwaysOn: false, runs: [], minutesPerWeek: 0 });
  });

  it('normalises days: duplicates dropped, any case, week order', () => {
    expect(parsePeriods([{ days: ['fri', 'MON', 'mon'], start: '9:00', end: '17:00' }])).toEqual([
      { days: ['mon', 'fri'], start: '09:00', end: '17:00' },
    ]);
  });

  it.each([
    ['10:00', '10:00'],
    ['00:00', '00:00'],
  ])('a period %s-%s has zero length: empty_period', (start, end) => {
    const e = errorOf(() => parseSchedule({ periods: [{ days: ['mon'], start, end }] }));
    expect(e.code).toBe('empty_period');
    expect(e.path).toBe('periods.0');
  });

  it('empty_period message', () => {
    expect(errorOf(() => parsePeriods([{ days: ['tue'], start: '08:00', end: '08:00' }], 'schedule.periods')).message).toMatchInlineSnapshot(
      `"This period starts and ends at the same time, so it never runs. (at schedule.periods.0)"`,
    );
  });

  it('rejects unknown days, an empty day list and malformed periods, with paths', () => {
    const bad = errorOf(() => parseSchedule({ periods: [{ days: ['monday'], start: '09:00', end: '17:00' }] }));
    expect([bad.code, bad.path]).toEqual(['unknown_option', 'periods.0.days.0']);
    expect(errorOf(() => parseSchedule({ periods: [{ days: [], start: '09:00', end: '17:00' }] })).code).toBe('required');
    expect(errorOf(() => parseSchedule({ periods: ['9-5'] })).code).toBe('invalid_type');
    expect(errorOf(() => parseSchedule({ periods: { days: ['mon'] } })).code).toBe('invalid_type');
    expect(errorOf(() => parseSchedule(null)).code).toBe('invalid_type');
  });

  it('nests paths under a base path', () => {
    const e = errorOf(() => parseSchedule({ periods: [{ days: ['mon'], start: '09:00', end: '17:00' }, { days: ['mon'], start: '09:00', end: 'x' }] }, 'components.3.schedule'));
    expect(e.path).toBe('components.3.schedule.periods.1.end');
  });
});

describe('time zones and holidays', () => {
  it('accepts IANA names and validates them with Intl', () => {
    expect(parseSchedule({ periods: [], timeZone: 'Europe/Madrid' }).timeZone).toBe('Europe/Madrid');
    const e = errorOf(() => parseSchedule({ periods: [], timeZone: 'Mars/Olympus_Mons' }));
    expect([e.code, e.path]).toEqual(['unknown_time_zone', 'timeZone']);
    expect(e.message).toMatchInlineSnapshot(`""Mars/Olympus_Mons" is not a known time zone (use an IANA name such as Europe/Madrid). (at timeZone)"`);
    expect(errorOf(() => parseSchedule({ periods: [], timeZone: 5 })).code).toBe('unknown_time_zone');
  });

  it('holidays must be real YYYY-MM-DD dates in 1970-2199; duplicates are dropped', () => {
    expect(parseSchedule({ periods: [], holidays: ['2025-12-25', '2025-01-01', '2025-12-25'] }).holidays).toEqual(['2025-01-01', '2025-12-25']);
    for (const bad of ['2025-02-29', '2025-13-01', '25-12-25', '2025/12/25', 20251225]) {
      const e = errorOf(() => parseSchedule({ periods: [], holidays: ['2024-02-29', bad] }));
      expect([e.code, e.path]).toEqual(['invalid_date', 'holidays.1']);
    }
    expect(errorOf(() => parseSchedule({ periods: [], holidays: ['1969-12-25'] })).code).toBe('out_of_range');
  });

  it('year-months', () => {
    expect(parseYearMonth('2025-03', 'm')).toEqual({ year: 2025, month: 3 });
    expect(addMonths({ year: 2025, month: 11 }, 3)).toEqual({ year: 2026, month: 2 });
    expect(errorOf(() => parseYearMonth('2025-13', 'm')).code).toBe('invalid_date');
    expect(errorOf(() => parseYearMonth('2025-3', 'm')).code).toBe('invalid_date');
    expect(errorOf(() => parseYearMonth('1969-12', 'm')).code).toBe('out_of_range');
  });

  it('a skipped local time resolves to the jump; a repeated one to its earlier instant', () => {
    // New York, 2025-03-09: 02:00 EST jumps to 03:00 EDT at 07:00Z.
    expect(iso(localInstant('America/New_York', '2025-03-09', '02:30'))).toBe('2025-03-09T07:00:00.000Z');
    expect(iso(localInstant('America/New_York', '2025-03-09', '03:00'))).toBe('2025-03-09T07:00:00.000Z');
    expect(iso(localInstant('America/New_York', '2025-03-09', '01:59'))).toBe('2025-03-09T06:59:00.000Z');
    // 2025-11-02: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST); the earlier one is used.
    expect(iso(localInstant('America/New_York', '2025-11-02', '01:30'))).toBe('2025-11-02T05:30:00.000Z');
    expect(iso(localInstant('America/New_York', '2025-11-02', '02:00'))).toBe('2025-11-02T07:00:00.000Z');
    // Kolkata is UTC+05:30 all year.
    expect(iso(localInstant('Asia/Kolkata', '2025-06-01', '05:30'))).toBe('2025-06-01T00:00:00.000Z');
  });
});

describe('calendar months (exact, with Intl)', () => {
  it.each([
    // always on = the month's real length in the zone
    ['America/New_York', '2025-03', '743'], // 31 x 24 - 1 (spring forward on the 9th)
    ['America/New_York', '2025-11', '721'], // 30 x 24 + 1 (fall back on the 2nd)
    ['America/New_York', '2025-04', '720'],
    ['America/New_York', '2025-02', '672'], // 28 days
    ['America/New_York', '2024-02', '696'], // leap year
    ['Europe/London', '2025-03', '743'], // 30 March
    ['Europe/London', '2025-10', '745'], // 26 October
    ['Australia/Lord_Howe', '2025-04', '720.5'], // half-hour DST ends on 6 April
    ['Australia/Lord_Howe', '2025-10', '743.5'], // and starts on 5 October
    ['Pacific/Apia', '2011-12', '720'], // 30 December 2011 was skipped (offset jumped 24 h)
    ['UTC', '2025-03', '744'],
  ])('always on in %s, %s = %s h', (timeZone, ym, hours) => {
    const cm = calendarMonth(parseSchedule({ periods: SCHEDULE_PRESETS.alwaysOn, timeZone }), ym);
    expect(cm.hours.toString()).toBe(hours);
    expect(cm.runs).toHaveLength(1);
    expect(cm.runs[0]).toEqual({ start: cm.start, end: cm.end });
  });

  it('counts the clock changes inside a month', () => {
    const s = parseSchedule({ periods: [], timeZone: 'America/New_York' });
    expect(calendarMonth(s, '2025-03').clockChanges).toBe(1);
    expect(calendarMonth(s, '2025-06').clockChanges).toBe(0);
  });

  it('a 02:00-03:00 period on the US spring-forward day runs 0 s (not run at all)', () => {
    // Sundays of March 2025: 2, 9 (DST), 16, 23, 30 -> 4 runs of 1 h.
    const periods: Period[] = [{ days: ['sun'], start: '02:00', end: '03:00' }];
    const cm = calendarMonth(parseSchedule({ periods, timeZone: 'America/New_York' }), '2025-03');
    expect(cm.runs).toHaveLength(4);
    expect(runHours(periods, 'America/New_York', '2025-03')).toBe('4');
  });

  it('a 01:00-04:00 period on the US spring-forward day runs 2 h', () => {
    // 4 ordinary Sundays x 3 h + 2 h on 9 March = 14 h.
    expect(runHours([{ days: ['sun'], start: '01:00', end: '04:00' }], 'America/New_York', '2025-03')).toBe('14');
  });

  it('a 01:00-02:00 period on the US fall-back day runs 2 h (01:00 EDT to 02:00 EST)', () => {
    // Sundays of November 2025: 2 (DST ends), 9, 16, 23, 30 -> 2 + 4 x 1 = 6 h.
    expect(runHours([{ days: ['sun'], start: '01:00', end: '02:00' }], 'America/New_York', '2025-11')).toBe('6');
  });

  it('London: 00:00-03:00 on 30 March 2025 is 2 h (01:00 GMT jumps to 02:00 BST)', () => {
    // Sundays of March 2025: 2, 9, 16, 23 (3 h each) + 30 (2 h) = 14 h.
    expect(runHours([{ days: ['sun'], start: '00:00', end: '03:00' }], 'Europe/London', '2025-03')).toBe('14');
  });

  it('office hours in New York, December 2025 with Christmas off: 22 runs, 176 h', () => {
    // December 2025 starts on a Monday: 23 weekdays, minus Thursday 25th = 22 x 8 h.
    const cm = calendarMonth(parseSchedule({ periods: SCHEDULE_PRESETS.officeHours, timeZone: 'America/New_York', holidays: ['2025-12-25'] }), '2025-12');
    expect(cm.runs).toHaveLength(22);
    expect(cm.holidaysInMonth).toBe(1);
    expect(runHours([...SCHEDULE_PRESETS.officeHours], 'America/New_York', '2025-12', ['2025-12-25'])).toBe('176');
  });

  describe('holidays: nothing starts, a run begun the day before runs to its end', () => {
    // June 2025 (UTC) Mondays: 2, 9, 16, 23, 30. Mon 22:00-06:00 = 8 h each; the run of the
    // 30th is clipped at 1 July 00:00, so it counts 2 h in June.
    const night: Period[] = [{ days: ['mon'], start: '22:00', end: '06:00' }];
    it('without holidays: 4 x 8 h + 2 h = 34 h', () => {
      expect(runHours(night, 'UTC', '2025-06')).toBe('34');
    });
    it('a holiday on Tuesday 10th does not stop the shift that started on Monday 9th: 34 h', () => {
      expect(runHours(night, 'UTC', '2025-06', ['2025-06-10'])).toBe('34');
    });
    it('a holiday on Monday 9th cancels that shift: 26 h', () => {
      expect(runHours(night, 'UTC', '2025-06', ['2025-06-09'])).toBe('26');
    });
    it('always on (7 x 00:00-24:00) with a holiday loses that day: 720 - 24 = 696 h', () => {
      expect(runHours([...SCHEDULE_PRESETS.alwaysOn], 'UTC', '2025-06', ['2025-06-15'])).toBe('696');
    });
  });

  describe('month boundaries: runs are clipped to the month and counted in both', () => {
    // Sat 22:00-06:00 in UTC. Saturday 31 May 2025's run crosses into June.
    const sat: Period[] = [{ days: ['sat'], start: '22:00', end: '06:00' }];
    it('June 2025: 6 h from 31 May + Saturdays 7, 14, 21, 28 x 8 h = 38 h in 5 runs', () => {
      const cm = calendarMonth(parseSchedule({ periods: sat, timeZone: 'UTC' }), '2025-06');
      expect(cm.runs).toHaveLength(5);
      expect(iso(cm.runs[0]!.start)).toBe('2025-06-01T00:00:00.000Z');
      expect(runHours(sat, 'UTC', '2025-06')).toBe('38');
    });
    it('May 2025: Saturdays 3, 10, 17, 24 x 8 h + 2 h of the 31st = 34 h', () => {
      expect(runHours(sat, 'UTC', '2025-05')).toBe('34');
    });
  });

  it('Pacific/Apia skipped Friday 30 December 2011: office hours ran on 21 days, not 22', () => {
    // December 2011 weekdays: 22 (Thu 1 .. Fri 30); the 30th did not exist locally.
    const cm = calendarMonth(parseSchedule({ periods: SCHEDULE_PRESETS.officeHours, timeZone: 'Pacific/Apia' }), '2011-12');
    expect(cm.runs).toHaveLength(21);
  });

  it('rejects a year-month object out of range', () => {
    const s = parseSchedule({ periods: [], timeZone: 'UTC' });
    expect(errorOf(() => calendarMonth(s, { year: 1969, month: 12 })).code).toBe('out_of_range');
    expect(errorOf(() => calendarMonth(s, { year: 2025, month: 13 })).code).toBe('out_of_range');
  });

  it('needs a time zone', () => {
    const e = errorOf(() => calendarMonth(parseSchedule({ periods: [] }), '2025-03', 'schedule'));
    expect([e.code, e.path]).toEqual(['required', 'schedule.timeZone']);
  });
});

describe('the 7 x 24 hour grid', () => {
  const empty = (): boolean[][] => WEEKDAYS.map(() => new Array<boolean>(24).fill(false));

  it('office hours grid -> one Mon-Fri 09:00-17:00 period', () => {
    const g = empty();
    for (let day = 0; day < 5; day++) for (let h = 9; h < 17; h++) g[day]![h] = true;
    expect(gridToPeriods(g)).toEqual([{ days: WEEKDAYS5, start: '09:00', end: '17:00' }]);
  });

  it('a full grid -> 00:00-24:00 every day (always on)', () => {
    const g = WEEKDAYS.map(() => new Array<boolean>(24).fill(true));
    const periods = gridToPeriods(g);
    expect(periods).toEqual([{ days: ALL, start: '00:00', end: '24:00' }]);
    expect(weekly(periods).alwaysOn).toBe(true);
  });

  it('two blocks in a day become two periods', () => {
    const g = empty();
    g[0]![8] = true;
    g[0]![9] = true;
    g[0]![20] = true;
    expect(gridToPeriods(g)).toEqual([
      { days: ['mon'], start: '08:00', end: '10:00' },
      { days: ['mon'], start: '20:00', end: '21:00' },
    ]);
  });

  it('periods -> grid, crossing Sunday midnight into Monday', () => {
    const { grid, exact } = periodsToGrid([{ days: ['sun'], start: '22:00', end: '02:00' }]);
    expect(exact).toBe(true);
    expect(grid[6]!.map((c, h) => (c ? h : -1)).filter((h) => h >= 0)).toEqual([22, 23]);
    expect(grid[0]!.map((c, h) => (c ? h : -1)).filter((h) => h >= 0)).toEqual([0, 1]);
  });

  it('a period off the hour marks the hours it touches and says the grid is not exact', () => {
    const { grid, exact } = periodsToGrid([{ days: ['tue'], start: '09:30', end: '11:00' }]);
    expect(exact).toBe(false);
    expect(grid[1]!.map((c, h) => (c ? h : -1)).filter((h) => h >= 0)).toEqual([9, 10]);
  });

  it('rejects a grid of the wrong shape, with the path of the bad cell', () => {
    expect(errorOf(() => gridToPeriods(empty().slice(1))).code).toBe('invalid_type');
    const g: unknown[][] = empty();
    g[2]![5] = 'yes';
    const e = errorOf(() => gridToPeriods(g, 'grid'));
    expect([e.code, e.path]).toEqual(['invalid_type', 'grid.2.5']);
    expect(errorOf(() => gridToPeriods([[], [], [], [], [], [], []])).path).toBe('0');
  });

  it('property: grid -> periods -> grid is the identity, and hours = true cells', () => {
    const gridArb = fc.array(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(gridArb, (grid) => {
        const periods = gridToPeriods(grid);
        const back = periodsToGrid(periods);
        expect(back).toEqual({ grid, exact: true });
        const cells = grid.flat().filter(Boolean).length;
        expect(weekly(periods).minutesPerWeek).toBe(cells * 60);
      }),
      { numRuns: 200 },
    );
  });
});

describe('properties of calendar months', () => {
  const zones = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata'];
  const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.trunc(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const periodArb = fc
    .record({ days: fc.subarray(ALL, { minLength: 1 }), start: time, end: time })
    .filter((p) => p.start !== p.end);
  const ymArb = fc.record({ year: fc.integer({ min: 2015, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) });

  it('runs are ordered, disjoint (not even touching), inside the month, and total at most the month', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), fc.constantFrom(...zones), ymArb, (periods, timeZone, ym) => {
        const cm = calendarMonth(parseSchedule({ periods, timeZone }), ym);
        let prevEnd = cm.start - 1;
        let total = 0;
        for (const r of cm.runs) {
          expect(r.start).toBeGreaterThan(prevEnd);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(cm.end);
          prevEnd = r.end;
          total += r.end - r.start;
        }
        expect(total).toBeLessThanOrEqual(cm.end - cm.start);
      }),
      { numRuns: 150 },
    );
  });

  it('7 x 00:00-24:00 cut at any times of day is one run covering the whole month', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1439 }), { maxLength: 4 }), fc.constantFrom(...zones), ymArb, (cuts, timeZone, ym) => {
        const marks = [0, ...cuts.sort((a, b) => a - b), 1440];
        const hm = (m: number): string => (m === 1440 ? '24:00' : `${String(Math.trunc(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
        const periods = marks.slice(1).map((end, i) => ({ days: ALL, start: hm(marks[i]!), end: hm(end) }));
        const cm = calendarMonth(parseSchedule({ periods, timeZone }), ym);
        expect(cm.runs).toEqual([{ start: cm.start, end: cm.end }]);
      }),
      { numRuns: 100 },
    );
  });
});
