import { describe, expect, it, beforeAll } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import Ec2Editor from '../../../src/lib/components/ec2/Ec2Editor.svelte';
import { ec2Doc } from './fixtures.ts';
import type { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  // jsdom has no canvas: the charts fall back to their tables.
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

function mount(change: Parameters<typeof ec2Doc>[0] = (c) => (c.input.schedule.periods = [])) {
  let store!: ScenarioStore;
  render(Harness, { view: Ec2Editor, each: 'ec2', makeDoc: () => ec2Doc(change), onStore: (s: ScenarioStore) => (store = s) });
  const grid = screen.getByRole('grid', { name: /running hours/i });
  const cell = (name: string) => within(grid).getByRole('gridcell', { name: new RegExp(`^${name}`) });
  const summary = () => screen.getByText(/per week/i, { selector: 'p.summary' }).textContent?.trim();
  const periods = () => (store.doc.components[0] as { input: { schedule: { periods: unknown } } }).input.schedule.periods;
  return { store: () => store, grid, cell, summary, periods };
}

describe('schedule grid', () => {
  it('is an ARIA grid of 7 days x 24 hours with one tab stop', () => {
    const { grid } = mount();
    expect(within(grid).getAllByRole('row')).toHaveLength(8);
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(168);
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['MonMonday', 'TueTuesday', 'WedWednesday', 'ThuThursday', 'FriFriday', 'SatSaturday', 'SunSunday']);
    expect(within(grid).getByRole('gridcell', { name: 'Monday 09:00–10:00, stopped' })).toHaveAttribute('aria-selected', 'false');
    expect(within(grid).getByRole('gridcell', { name: 'Sunday 23:00–24:00, stopped' })).toBeInTheDocument();
  });

  it('clicking cells toggles them and updates hours and runs per week', async () => {
    const user = userEvent.setup();
    const { cell, summary } = mount();
    expect(summary()).toBe('Running 0 h per week in 0 runs (starts) per week.');
    await user.click(cell('Monday 09:00–10:00'));
    expect(cell('Monday 09:00–10:00')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Monday 09:00–10:00')).toHaveAccessibleName('Monday 09:00–10:00, running');
    expect(summary()).toBe('Running 1 h per week in 1 run (start) per week.');
    await user.click(cell('Monday 10:00–11:00'));
    expect(summary()).toBe('Running 2 h per week in 1 run (start) per week.');
    await user.click(cell('Tuesday 09:00–10:00'));
    expect(summary()).toBe('Running 3 h per week in 2 runs (starts) per week.');
    // Clicking a running cell stops it.
    await user.click(cell('Monday 09:00–10:00'));
    expect(cell('Monday 09:00–10:00')).toHaveAttribute('aria-selected', 'false');
    expect(summary()).toBe('Running 2 h per week in 2 runs (starts) per week.');
  });

  it('works with the keyboard: arrows, Home/End, Space and Enter, roving tabindex', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const { grid, cell, summary } = mount();
    // Tab from the last preset button lands on the grid's single tab stop (Monday 09:00).
    screen.getByRole('button', { name: 'Clear' }).focus();
    await user.tab();
    expect(grid.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toBe(cell('Monday 09:00–10:00'));
    await user.keyboard(' ');
    expect(summary()).toBe('Running 1 h per week in 1 run (start) per week.');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(document.activeElement).toBe(cell('Monday 10:00–11:00'));
    expect(summary()).toBe('Running 2 h per week in 1 run (start) per week.');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('Tuesday 10:00–11:00'));
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(cell('Monday 10:00–11:00')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cell('Tuesday 23:00–24:00'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cell('Tuesday 00:00–01:00'));
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell('Sunday 23:00–24:00'));
    await user.keyboard(' ');
    expect(cell('Sunday 23:00–24:00')).toHaveAttribute('aria-selected', 'true');
    expect(summary()).toBe('Running 3 h per week in 2 runs (starts) per week.');
    // Arrows stop at the edges.
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell('Sunday 23:00–24:00'));
    // Shift+arrow paints the cell moved to with the state of the cell left.
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(document.activeElement).toBe(cell('Sunday 21:00–22:00'));
    expect(summary()).toBe('Running 5 h per week in 2 runs (starts) per week.');
  });

  it('dragging paints the value opposite to the first cell, as one undo step', async () => {
    const user = userEvent.setup();
    const { cell, summary, store } = mount();
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell('Wednesday 08:00–09:00') },
      { target: cell('Wednesday 09:00–10:00') },
      { target: cell('Wednesday 10:00–11:00') },
      { target: cell('Wednesday 11:00–12:00') },
      { keys: '[/MouseLeft]' },
    ]);
    expect(summary()).toBe('Running 4 h per week in 1 run (start) per week.');
    // Moving after the button is released paints nothing.
    await user.pointer({ target: cell('Wednesday 12:00–13:00') });
    expect(summary()).toBe('Running 4 h per week in 1 run (start) per week.');
    // Starting on a running cell erases.
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell('Wednesday 10:00–11:00') },
      { target: cell('Wednesday 11:00–12:00') },
      { target: cell('Wednesday 12:00–13:00') },
      { keys: '[/MouseLeft]' },
    ]);
    expect(summary()).toBe('Running 2 h per week in 1 run (start) per week.');
    store().undo();
    await Promise.resolve();
    expect(cell('Wednesday 11:00–12:00')).toHaveAttribute('aria-selected', 'true');
    store().undo();
    await Promise.resolve();
    expect(cell('Wednesday 08:00–09:00')).toHaveAttribute('aria-selected', 'false');
  });

  it('presets: office hours, weekdays 08-20, always on and clear', async () => {
    const user = userEvent.setup();
    const { cell, summary } = mount();
    await user.click(screen.getByRole('button', { name: 'Office hours (Mon–Fri 09–17)' }));
    expect(summary()).toBe('Running 40 h per week in 5 runs (starts) per week.');
    expect(cell('Friday 16:00–17:00')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Friday 17:00–18:00')).toHaveAttribute('aria-selected', 'false');
    await user.click(screen.getByRole('button', { name: 'Weekdays 08–20' }));
    expect(summary()).toBe('Running 60 h per week in 5 runs (starts) per week.');
    await user.click(screen.getByRole('button', { name: 'Always on' }));
    expect(summary()).toBe('Always on: 168 h per week, never stopped.');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(summary()).toBe('Running 0 h per week in 0 runs (starts) per week.');
  });

  it('keeps periods that are not on the hour until the grid is edited', async () => {
    const user = userEvent.setup();
    const { cell, summary, periods } = mount((c) => (c.input.schedule.periods = [{ days: ['mon'], start: '09:30', end: '17:00' }]));
    expect(screen.getByRole('note')).toHaveTextContent(/do not start or end on the hour/);
    expect(cell('Monday 09:00–10:00')).toHaveAttribute('aria-selected', 'true');
    expect(summary()).toBe('Running 7.5 h per week in 1 run (start) per week.');
    expect(periods()).toEqual([{ days: ['mon'], start: '09:30', end: '17:00' }]);
    await user.click(cell('Tuesday 09:00–10:00'));
    expect(periods()).toEqual([{ days: ['tue'], start: '09:00', end: '10:00' }, { days: ['mon'], start: '09:00', end: '17:00' }]);
    expect(screen.queryByText(/do not start or end on the hour/)).toBeNull();
    expect(summary()).toBe('Running 9 h per week in 2 runs (starts) per week.');
  });
});
