/** The UI's 7 x 24 hour grid (row 0 = Monday, column = hour) to and from schedule periods. */
import { EngineError, joinPath } from '../errors.ts';
import { describeRef } from '../json.ts';
import { hhmm } from './schedule-dates.ts';
import { dailyIntervals, expectList, parsePeriods, weekIntervals, WEEKDAYS, type Period, type Weekday } from './schedule-parse.ts';

/**
 * Convert the UI's clickable 7 x 24 grid (row 0 = Monday, column = hour 0..23, true = running)
 * into periods: one period per distinct (start, end) block of consecutive hours within a day,
 * listing every day that has that block. Blocks that touch across midnight stay separate
 * periods but still merge into one run when costed.
 */
export function gridToPeriods(grid: unknown, path = ''): Period[] {
  const rows = expectList(grid, path, '@msg:error.expected.weekGrid');
  if (rows.length !== 7) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.gridRows', got: '@msg:error.got.rows', rows: String(rows.length) });
  const blocks = new Map<string, { start: number; end: number; days: Weekday[] }>();
  rows.forEach((row, day) => {
    const rp = joinPath(path, day);
    const cells = expectList(row, rp, '@msg:error.expected.gridRow');
    if (cells.length !== 24) throw new EngineError('invalid_type', rp, { expected: '@msg:error.expected.gridCells', got: '@msg:error.got.cells', cells: String(cells.length) });
    let runStart = -1;
    for (let h = 0; h <= 24; h++) {
      const cell = h < 24 ? cells[h] : false;
      if (typeof cell !== 'boolean') throw new EngineError('invalid_type', joinPath(rp, h), { expected: '@msg:error.expected.trueOrFalse', got: describeRef(cell) });
      if (cell && runStart < 0) runStart = h;
      if (!cell && runStart >= 0) {
        const key = `${runStart}-${h}`;
        const block = blocks.get(key) ?? { start: runStart, end: h, days: [] };
        block.days.push(WEEKDAYS[day] as Weekday);
        blocks.set(key, block);
        runStart = -1;
      }
    }
  });
  return [...blocks.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((b) => ({ days: b.days, start: hhmm(b.start * 60), end: hhmm(b.end * 60) }));
}

/**
 * Convert periods into the UI's 7 x 24 grid (row 0 = Monday). A cell is true when the schedule
 * runs during any part of that hour; `exact` is false when some hour is only partly covered
 * (periods not on whole hours), so the grid cannot show the schedule exactly.
 */
export function periodsToGrid(periods: unknown, path = ''): { grid: boolean[][]; exact: boolean } {
  const merged = weekIntervals(dailyIntervals(parsePeriods(periods, path)));
  const grid = WEEKDAYS.map(() => new Array<boolean>(24).fill(false));
  let exact = true;
  for (const [s, e] of merged) {
    if (s % 60 !== 0 || e % 60 !== 0) exact = false;
    const firstHour = (s - (s % 60)) / 60;
    for (let hour = firstHour; hour * 60 < e; hour++) {
      // e <= 10,080 (weekIntervals splits at the week's end), so hour <= 167 and the row exists.
      (grid[(hour - (hour % 24)) / 24] as boolean[])[hour % 24] = true;
    }
  }
  return { grid, exact };
}
