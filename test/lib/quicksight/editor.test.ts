import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import QuickSightEditor from '../../../src/lib/components/quicksight/QuickSightEditor.svelte';
import { qsDoc } from './fixtures.ts';
import type { ScenarioStore, QuickSightDoc } from '../../../src/lib/state/scenario.svelte.ts';
import type { Lang } from '../../../src/lib/i18n/i18n.svelte.ts';

function setup(doc = qsDoc(), lang: Lang = 'en') {
  let store!: ScenarioStore;
  const user = userEvent.setup();
  render(Harness, { props: { view: QuickSightEditor, each: 'quicksight', makeDoc: () => doc, lang, onStore: (s: ScenarioStore) => (store = s) } });
  const qs = () => store.doc.components[0] as QuickSightDoc;
  return { user, store, qs };
}

/** The comparison table row of a model, by its visible name. */
function modelRow(name: string | RegExp): HTMLElement {
  const table = screen.getByRole('table', { name: /under each pricing model|con cada modelo de precios/ });
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
}

describe('QuickSight editor', () => {
  beforeAll(() => {
    // jsdom has no canvas: the chart draws nothing and its data table stands in.
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  });

  it('prices 200 readers x 17 sessions at $1,000.00 under legacy (the cap applies) and marks the cheapest model', () => {
    setup();
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$1,000.00');
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('counts in the total');
    // 200 x $3 = $600.00, cheaper than 3,400 pooled sessions under either capacity model.
    expect(modelRow(/Per-user/)).toHaveTextContent('$600.00');
    expect(modelRow(/Per-user/)).toHaveTextContent('cheapest');
    // Monthly capacity: $250 + (3,400 - 500) x $0.50 = $1,700.00; annual tier 1: $20,000 / 12 = $1,666.67.
    expect(modelRow(/monthly/)).toHaveTextContent('$1,700.00');
    expect(modelRow(/annual/)).toHaveTextContent('$1,666.67');
    const group = screen.getByRole('group', { name: 'Sales' });
    expect(group).toHaveTextContent('Legacy: $5.00 per reader');
    expect(group).toHaveTextContent('the $5.00 cap applies (17 sessions × $0.30 = $5.10)');
    expect(group).toHaveTextContent('$1,000.00 for 200 readers');
  });

  it('explains the break-even points in words', () => {
    setup();
    const list = screen.getByRole('heading', { name: 'Break-even points' }).nextElementSibling as HTMLElement;
    expect(list).toHaveTextContent('at $3.00 / $0.30 = 10 sessions per reader a month');
    expect(list).toHaveTextContent('from the 11th session the per-user Reader is cheaper');
    expect(list).toHaveTextContent('applies from the 17th session (16 × $0.30 = $4.80; 17 × $0.30 = $5.10, charged $5.00)');
    // 200 per-user readers cost $600 a month, more than the $250 fee: equal at 500 + 350 / 0.50 = 1,200 pooled sessions.
    expect(list).toHaveTextContent('Monthly capacity costs the same at 1,200 pooled sessions a month (6 per reader)');
  });

  it('switching a group to visits x minutes keeps its sessions, then shows the converted sessions live', async () => {
    const { user, qs } = setup();
    const group = screen.getByRole('group', { name: 'Sales' });
    await user.click(within(group).getByRole('radio', { name: 'Visits × minutes per visit' }));
    expect(qs().usage.readerGroups?.[0]).toMatchObject({ visitsPerReader: '17', minutesPerVisit: '30' });
    expect(qs().usage.readerGroups?.[0]?.sessionsPerReader).toBeUndefined();
    expect(group).toHaveTextContent('ceil(30 min / 30) = 1; 17 visits × 1 = 17 sessions per reader');

    const minutes = within(group).getByLabelText('Minutes per visit');
    await user.clear(minutes);
    await user.type(minutes, '45');
    expect(group).toHaveTextContent('ceil(45 min / 30) = 2; 17 visits × 2 = 34 sessions per reader');
    expect(group).toHaveTextContent('34 sessions per reader per month');

    const visits = within(group).getByLabelText('Visits per reader per month');
    await user.clear(visits);
    await user.type(visits, '5');
    // 5 visits x 2 sessions = 10 sessions x $0.30 = $3.00 per reader, under the cap: 200 x $3 = $600.00.
    expect(group).toHaveTextContent('Legacy: $3.00 per reader');
    expect(group).toHaveTextContent('under the $5.00 cap');
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$600.00');
  });

  it('a decimal comma in English shows the specific error next to the field and keeps the results stale', async () => {
    const { user, store } = setup();
    const group = screen.getByRole('group', { name: 'Sales' });
    const sessions = within(group).getByLabelText('Sessions per reader per month');
    await user.clear(sessions);
    await user.type(sessions, '17,5');
    expect(sessions).toHaveAttribute('aria-invalid', 'true');
    expect(sessions).toHaveAccessibleDescription('"17,5" uses a decimal comma; in English write a point (0.30), or switch the page to Spanish.');
    expect(store.stale).toBe(true);
    expect(screen.getByText(/These QuickSight figures are from the last valid input/)).toBeInTheDocument();
    // Still the figures of the last valid input (17 sessions).
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$1,000.00');
    await user.clear(sessions);
    await user.type(sessions, '10');
    expect(store.stale).toBe(false);
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$600.00');
  });

  it('Spanish accepts "0,30" in a price override', async () => {
    const { user, qs } = setup(qsDoc(), 'es');
    await user.click(screen.getByText('Precios'));
    const overage = screen.getByLabelText('Cada sesión adicional');
    expect(overage).toHaveValue('0,50');
    await user.clear(overage);
    await user.type(overage, '0,30');
    expect(qs().prices).toEqual({ capacityMonthlyOverage: '0.30' });
    expect(overage.closest('.price')).toHaveTextContent('tu valor');
    // 250 + (3400 - 500) x 0,30 = 1120,00 US$ (Node's ICU groups it: 1.120,00 US$)
    expect(modelRow(/Capacidad de lectores, mensual/)).toHaveTextContent(/1\.?120,00 US\$/);
  });

  it('overriding a price shows "your value"; Reset removes the override and restores the catalog value', async () => {
    const { user, qs } = setup();
    await user.click(screen.getByText('Prices'));
    const session = screen.getByLabelText('Reader session (legacy)');
    expect(session).toHaveAccessibleDescription(/^Source: .+ \(as of 2021\)$/);
    await user.clear(session);
    await user.type(session, '0.25');
    const field = session.closest('.price') as HTMLElement;
    expect(within(field).getByText('your value')).toBeInTheDocument();
    // 17 x $0.25 = $4.25, under the cap: 200 x $4.25 = $850.00.
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$850.00');

    await user.click(within(field).getByRole('button', { name: 'Reset to default $0.30' }));
    expect(qs().prices).toBeUndefined();
    expect(within(field).queryByText('your value')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Reader session (legacy)')).toHaveValue('0.30');
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$1,000.00');
  });

  it('shows the unconfirmed Author Pro price with its reason', async () => {
    const { user } = setup();
    await user.click(screen.getByText('Prices'));
    const field = screen.getByLabelText('Author Pro').closest('.price') as HTMLElement;
    expect(within(field).getByText('unconfirmed')).toBeInTheDocument();
    expect(field).toHaveTextContent('launch price may have been $50');
  });

  it('adds, renames and removes reader groups', async () => {
    const { user, qs } = setup();
    await user.click(screen.getByRole('button', { name: '+ Add reader group' }));
    const added = screen.getByRole('group', { name: 'Group 2' });
    // 10 readers x 10 sessions x $0.30 = $30.00 more.
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$1,030.00');
    const name = within(added).getByLabelText('Group name');
    await user.clear(name);
    await user.type(name, 'Ops');
    expect(screen.getByRole('group', { name: 'Ops' })).toBeInTheDocument();
    expect(qs().usage.readerGroups?.map((g) => g.name)).toEqual(['Sales', 'Ops']);

    await user.click(screen.getByRole('button', { name: 'Remove group Sales' }));
    expect(screen.queryByRole('group', { name: 'Sales' })).not.toBeInTheDocument();
    expect(qs().usage.readerGroups?.map((g) => g.name)).toEqual(['Ops']);
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$30.00');
    expect(screen.getByRole('button', { name: '+ Add reader group' })).toHaveFocus();
  });

  it('chooses the model that counts in the total; Standard edition has no readers', async () => {
    const { user, qs } = setup();
    await user.click(screen.getByRole('radio', { name: /^Per-user/ }));
    expect(qs().model).toBe('perUser');
    expect(modelRow(/Per-user/)).toHaveTextContent('counts in the total');
    await user.click(screen.getByRole('radio', { name: 'Standard (authors only)' }));
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('Not priced: Standard edition has no readers.');
    expect(screen.getByRole('group', { name: 'Sales' })).toHaveTextContent('Standard edition has no readers');
  });

  it('says "contact sales" above the largest annual tier instead of inventing a price', async () => {
    const { user } = setup(qsDoc({ readerGroups: [{ name: 'Everyone', readers: '20000', sessionsPerReader: '10' }] }));
    // 20,000 x 10 x 12 = 2,400,000 sessions a year > 1,600,000.
    expect(modelRow(/annual/)).toHaveTextContent('Not priced: 2,400,000 sessions a year is above the largest published tier (1,600,000)');
    // Choosing that model makes the component itself unpriceable: say why.
    await user.click(screen.getByRole('radio', { name: /^Reader capacity, annual/ }));
    expect(screen.getByRole('alert')).toHaveTextContent('2,400,000 sessions per year is above the largest published tier; AWS says "contact sales" there');
  });
});
