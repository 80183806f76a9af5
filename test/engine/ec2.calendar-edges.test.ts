/**
 * Calendar months whose edge is a clock change (ec2/schedule-calendar.ts): Paraguay moved its
 * clocks from UTC-4 to UTC-3 at local 00:00 on 1 October 2023, so that midnight never happened and
 * both September's end and October's start are the jump (04:00 UTC). The change is then on the
 * month's edge, not inside either month.
 */
import { describe, expect, it } from 'vitest';
import { calendarMonth, parseSchedule } from '../../src/engine/index.ts';

const ALWAYS = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }] as const;
const JUMP = Date.UTC(2023, 9, 1, 4, 0); // 1 October 2023 00:00 UTC-4 = 01:00 UTC-3

describe('EC2 calendar month edges', () => {
  it('September 2023 in Asuncion ends at the jump: 30 days x 24 h = 720 h, no clock change inside', () => {
    const m = calendarMonth(parseSchedule({ periods: ALWAYS, timeZone: 'America/Asuncion' }), '2023-09');
    // starts 1 September 00:00 UTC-4 = 04:00 UTC
    expect([m.start, m.end, m.hours.toString(), m.clockChanges]).toEqual([Date.UTC(2023, 8, 1, 4, 0), JUMP, '720', 0]);
    expect(m.runs).toEqual([{ start: Date.UTC(2023, 8, 1, 4, 0), end: JUMP }]);
  });

  it('October 2023 in Asuncion starts at the jump: 31 x 24 - 1 = 743 h, no clock change inside', () => {
    const m = calendarMonth(parseSchedule({ periods: ALWAYS, timeZone: 'America/Asuncion' }), { year: 2023, month: 10 });
    // ends 1 November 00:00 UTC-3 = 03:00 UTC
    expect([m.start, m.end, m.hours.toString(), m.clockChanges, m.yearMonth]).toEqual([JUMP, Date.UTC(2023, 10, 1, 3, 0), '743', 0, '2023-10']);
  });
});
