import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import Ec2Editor from '../../../src/lib/components/ec2/Ec2Editor.svelte';
import { ALWAYS_ON, ec2Doc } from './fixtures.ts';
import type { Ec2Doc, ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

function mount(change: (c: Ec2Doc) => void = () => {}, lang: 'en' | 'es' = 'en') {
  let store!: ScenarioStore;
  render(Harness, { view: Ec2Editor, each: 'ec2', makeDoc: () => ec2Doc(change), lang, onStore: (s: ScenarioStore) => (store = s) });
  const input = () => store.doc.components[0] as Ec2Doc;
  return { store: () => store, input: () => input().input };
}

function figure(term: string): string {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent?.trim() ?? '';
}

describe('EC2 schedule settings', () => {
  it('an unknown time zone typed shows an error and is not stored; a known one is', async () => {
    const user = userEvent.setup();
    const { input, store } = mount();
    const tz = screen.getByLabelText('Time zone of the schedule');
    expect(tz).toHaveValue('Europe/Madrid');
    await user.clear(tz);
    await user.type(tz, 'Mars/Olympus_Mons');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('"Mars/Olympus_Mons" is not a known time zone (use an IANA name such as Europe/Madrid).');
    expect(tz).toHaveAttribute('aria-invalid', 'true');
    expect(input().schedule.timeZone).toBe('Europe/Madrid');
    expect(store().stale).toBe(true);
    // Any case is accepted and stored with its canonical spelling.
    await user.clear(tz);
    await user.type(tz, 'america/new_york');
    expect(input().schedule.timeZone).toBe('America/New_York');
    expect(screen.queryByText(/is not a known time zone/)).toBeNull();
    expect(store().stale).toBe(false);
  });

  it('calendar month chosen with the radio and month input, with the DST note', async () => {
    const user = userEvent.setup();
    const { input } = mount((c) => {
      c.input.schedule.periods = ALWAYS_ON.map((p) => ({ ...p, days: [...p.days] }));
      c.input.schedule.timeZone = 'America/New_York';
    });
    expect(figure('Hours per instance')).toBe('730 h running, 730 h billed, of 730 h');
    await user.click(screen.getByRole('radio', { name: /A calendar month/ }));
    const month = screen.getByLabelText('Month');
    await fireEvent.input(month, { target: { value: '2025-03' } });
    expect(input().monthMode).toBe('calendar');
    expect(input().yearMonth).toBe('2025-03');
    expect(figure('Hours per instance')).toBe('743 h running, 743 h billed, of 743 h');
    expect(screen.getByText(/^Clock change:/)).toBeInTheDocument();
    // November 2025 falls back: 721 h.
    await fireEvent.input(month, { target: { value: '2025-11' } });
    expect(figure('Hours per instance')).toBe('721 h running, 721 h billed, of 721 h');
    // April has no clock change: no note.
    await fireEvent.input(month, { target: { value: '2025-04' } });
    expect(figure('Hours per instance')).toBe('720 h running, 720 h billed, of 720 h');
    expect(screen.queryByText(/^Clock change:/)).toBeNull();
  });

  it('holidays: add, list, remove; they count only in a calendar month', async () => {
    const user = userEvent.setup();
    const { input } = mount((c) => {
      c.input.schedule.timeZone = 'Europe/Madrid';
      c.input.monthMode = 'calendar';
      c.input.yearMonth = '2025-12';
    });
    // Office hours in December 2025 (Madrid): 23 weekdays x 8 h = 184 h.
    expect(figure('Hours per instance')).toMatch(/^184 h running/);
    const date = screen.getByLabelText('Holiday date');
    await fireEvent.input(date, { target: { value: '2025-12-25' } });
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(input().schedule.holidays).toEqual(['2025-12-25']);
    const list = screen.getByRole('list', { name: 'Holidays' });
    expect(within(list).getByText('Thursday, December 25, 2025')).toBeInTheDocument();
    // Christmas is a Thursday: 22 weekdays x 8 h = 176 h.
    expect(figure('Hours per instance')).toMatch(/^176 h running/);
    // The same date twice is refused.
    await fireEvent.input(date, { target: { value: '2025-12-25' } });
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Thursday, December 25, 2025 is already in the list.');
    await user.click(screen.getByRole('button', { name: 'Remove holiday Thursday, December 25, 2025' }));
    expect(input().schedule.holidays).toEqual([]);
    expect(figure('Hours per instance')).toMatch(/^184 h running/);
    expect(document.activeElement).toBe(date);
  });

  it('EBS volumes: add and remove', async () => {
    const user = userEvent.setup();
    const { input } = mount((c) => {
      c.input.publicIpv4 = false;
    });
    await user.click(screen.getByRole('button', { name: '+ Add a volume' }));
    expect(input().volumes).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByLabelText('Volume 2 type'));
    await user.selectOptions(screen.getByLabelText('Volume 2 type'), 'gp2');
    const size = screen.getByLabelText('Volume 2 size');
    await user.clear(size);
    await user.type(size, '100');
    // gp3 30 GB x $0.08 = $2.40 + gp2 100 GB x $0.10 = $10.00.
    const table = screen.getByRole('table', { name: /^Monthly cost of/ });
    expect(within(within(table).getByRole('row', { name: /^EBS storage/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['$12.40', '$12.40']);
    expect(screen.getByLabelText('EBS gp2 price')).toHaveValue('0.10');
    await user.click(screen.getByRole('button', { name: 'Remove volume 1' }));
    expect(input().volumes).toEqual([{ type: 'gp2', sizeGb: '100', count: '1' }]);
    expect(screen.queryByLabelText('EBS gp3 price')).toBeNull();
  });

  it('reads in Spanish: weekday names, cell names and results', async () => {
    mount((c) => {
      c.input.count = '2';
      c.input.publicIpv4 = false;
    }, 'es');
    const grid = screen.getByRole('grid', { name: /Horas en marcha/ });
    expect(within(grid).getByRole('gridcell', { name: 'miércoles 09:00–10:00, en marcha' })).toHaveAttribute('aria-selected', 'true');
    expect(within(grid).getByRole('gridcell', { name: 'domingo 09:00–10:00, detenida' })).toBeInTheDocument();
    expect(screen.getByText(/^En marcha 40 h por semana en 5 ejecuciones/)).toBeInTheDocument();
    expect(figure('Ahorro al mes').replace(/\s/g, ' ')).toBe('46,28 US$ (70,6 %)');
  });
});
