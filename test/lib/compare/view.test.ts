import { describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from './Harness.svelte';
import { docA, docB, docNoArch } from './fixtures.ts';
import type { Workspace } from '../../../src/lib/state/workspace.svelte.ts';

function setup(opts: { docs?: () => ReturnType<typeof docA>[]; lang?: 'en' | 'es'; compareIds?: string[] } = {}) {
  let ws: Workspace | null = null;
  const r = render(Harness, { props: { makeDocs: opts.docs ?? (() => [docA(), docB()]), lang: opts.lang, compareIds: opts.compareIds, onWorkspace: (w: Workspace) => (ws = w) } });
  return { ...r, ws: ws as unknown as Workspace };
}

/** A cell's value as read (non-breaking spaces as spaces). */
const cell = (key: string, col: number): string => (screen.getByTestId(`cmp-${key}-${col}`).textContent ?? '').replace(/\u00a0/g, ' ');
const deltaOf = (key: string, col: number): string => screen.getByTestId(`cmp-${key}-${col}-delta`).textContent ?? '';

describe('CompareView', () => {
  it('starts with both scenarios chosen and shows their own totals side by side', () => {
    const { ws } = setup();
    expect(ws.compareIds).toEqual(['sa', 'sb']);
    expect(screen.getByRole('checkbox', { name: 'Office CI' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Two AZ CI' })).toBeChecked();
    const table = screen.getByRole('table', { name: /differences against Office CI/ });
    expect(within(table).getByRole('columnheader', { name: /Office CI.*baseline/ })).toBeInTheDocument();
    // A: 200 min x $0.005 = $1.00; B: $2.00 + $1.50 = $3.50; annual x 12.
    expect([cell('monthly', 0), cell('monthly', 1)]).toEqual(['$1.00', '$3.50']);
    expect([cell('annual', 0), cell('annual', 1)]).toEqual(['$12.00', '$42.00']);
    expect(cell('type-codebuild', 1)).toBe('$3.50');
    expect(within(table).getByRole('rowheader', { name: 'CodeBuild, per month' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '“CI”, per month' })).toBeInTheDocument();
    expect([cell('name-0', 0), cell('name-0', 1)]).toEqual(['$1.00', '$2.00']);
    // Equal to each store's own result.
    expect(cell('monthly', 1)).toBe(`$${ws.find('sb')!.result!.monthlyTotal.toFixed(2)}`);
  });

  it('shows the differences against the baseline with a sign, an arrow and a word', () => {
    setup();
    // $3.50 - $1.00 = +$2.50, +250.0% of $1.00: more cost is worse.
    expect(deltaOf('monthly', 1)).toBe('+$2.50');
    const monthlyCell = screen.getByTestId('cmp-monthly-1').closest('td')!;
    expect(monthlyCell).toHaveTextContent('▲ +$2.50 (+250%) worse');
    // 99.9% -> 99.9999%: +0.0999 pp, better.
    expect(cell('availability', 0)).toBe('99.9%');
    expect(cell('availability', 1)).toBe('99.9999%');
    expect(screen.getByTestId('cmp-availability-1').closest('td')).toHaveTextContent('▲ +0.0999 pp better');
    expect([cell('nines', 0), cell('nines', 1)]).toEqual(['3', '6']);
    expect(deltaOf('nines', 1)).toBe('+3');
    // 0.001 x 31,536,000 s = 8h 45m 36s; 0.000001 x 31,536,000 s = 31.54 s.
    expect([cell('downtime-year', 0), cell('downtime-year', 1)]).toEqual(['8h 45m 36s', '31.54s']);
    expect([cell('downtime-month', 0), cell('downtime-month', 1)]).toEqual(['43m 48s', '2.63s']);
    // 31.536 - 31,536 = -31,504.464 s = -8h 45m 4.46s, -99.9%: less downtime is better.
    expect(screen.getByTestId('cmp-downtime-year-1').closest('td')).toHaveTextContent('▼ −8h 45m 4.46s (−99.9%) better');
    expect(screen.getByRole('row', { name: /Downtime convention/ })).toHaveTextContent('365-day year, 730-hour month');
  });

  it('prices each extra nine and marks the frontier', () => {
    setup();
    // ($3.50 - $1.00) / (6 - 3) = $0.8333... per nine.
    expect(screen.getByTestId('nine-cost')).toHaveTextContent('Two AZ CI against Office CI: 3 more nines for $2.50 more per month: each extra nine costs $0.83 per month.');
    expect(screen.getByTestId('cmp-frontier-0')).toHaveTextContent('On the frontier');
    expect(screen.getByTestId('cmp-frontier-1')).toHaveTextContent('On the frontier');
  });

  it('handles scenarios without an architecture in words', () => {
    setup({ docs: () => [docA(), docNoArch()] });
    expect(cell('availability', 1)).toBe('no architecture');
    expect(cell('nines', 1)).toBe('no architecture');
    expect(screen.getByTestId('cmp-frontier-1')).toHaveTextContent('Not placed: no architecture');
    expect(screen.getByTestId('nine-cost')).toHaveTextContent('This scenario has no availability architecture: there are no nines to compare.');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('handles 100% (no finite nines) in words', () => {
    const perfect = docB('sp');
    perfect.name = 'Always up';
    perfect.architecture = { kind: 'series', id: 'root', children: [{ kind: 'component', id: 'n1', name: 'DNS', percent: '100' }] };
    setup({ docs: () => [docA(), perfect] });
    expect(cell('availability', 1)).toBe('100%');
    expect(cell('nines', 1)).toBe('100%: no finite nines');
    expect(cell('downtime-year', 1)).toBe('0s');
    expect(screen.getByTestId('cmp-downtime-year-1').closest('td')).toHaveTextContent('▼ −8h 45m 36s (−100%) better');
    expect(screen.getByTestId('nine-cost')).toHaveTextContent(
      'This one reaches 100% (no downtime), which has no finite number of nines, so there is no price per nine. It costs +$2.50 per month against the baseline.',
    );
    // Not plottable on a nines axis: said in the scatter's description.
    expect(screen.getByText(/Not plotted \(no architecture, or 100% with no finite nines\): Always up\./)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('needs two scenarios, and changing the baseline flips the differences', async () => {
    const user = userEvent.setup();
    const { ws } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Office CI' }));
    expect(ws.compareIds).toEqual(['sb']);
    expect(screen.getByRole('status')).toHaveTextContent('Choose at least two scenarios to compare.');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Office CI' }));
    expect(ws.compareIds).toEqual(['sb', 'sa']);
    // B is now the baseline: A is $1.00 - $3.50 = -$2.50, -71.4% of $3.50: cheaper is better.
    expect(screen.getByTestId('cmp-monthly-1').closest('td')).toHaveTextContent('▼ −$2.50 (−71.4%) better');
    expect(screen.getByTestId('nine-cost')).toHaveTextContent('3 fewer nines for $2.50 less per month: each nine given up saves $0.83 per month.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baseline' }), 'Office CI');
    expect(ws.compareIds).toEqual(['sa', 'sb']);
    expect(deltaOf('monthly', 1)).toBe('+$2.50');
  });

  it('follows edits of a scenario (its own result, not a recomputation)', async () => {
    const { ws } = setup();
    ws.find('sb')!.edit((d) => {
      d.components = d.components.filter((c) => c.id !== 'nightly');
    });
    await tick();
    expect(cell('monthly', 1)).toBe('$2.00');
    expect(deltaOf('monthly', 1)).toBe('+$1.00');
  });

  it('tells scenarios with the same name apart, in the picker and the table alike', () => {
    setup({ docs: () => [docA('s1'), docA('s2'), { ...docB('s3'), name: '' }] });
    expect(screen.getByRole('checkbox', { name: 'Office CI' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Office CI (2)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Scenario 3' })).toBeChecked();
    const head = within(screen.getByRole('table', { name: /differences against Office CI$/ })).getAllByRole('row')[0]!;
    expect(within(head).getAllByRole('columnheader').map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Figure', 'Office CI baseline', 'Office CI (2)', 'Scenario 3']);
  });

  it('explains when there is only one scenario', () => {
    setup({ docs: () => [docA()] });
    expect(screen.getByRole('status')).toHaveTextContent('There is only one scenario.');
  });

  it('reads in Spanish', () => {
    setup({ lang: 'es' });
    expect(screen.getByRole('heading', { name: 'Comparar escenarios' })).toBeInTheDocument();
    expect(cell('monthly', 1)).toBe('3,50 US$');
    expect(screen.getByTestId('cmp-monthly-1').closest('td')).toHaveTextContent('▲ +2,50 US$ (+250 %) peor');
    expect([cell('downtime-year', 0), cell('downtime-year', 1)]).toEqual(['8 h 45 min 36 s', '31,54 s']);
    expect(screen.getByTestId('nine-cost')).toHaveTextContent('3 nueves más por 2,50 US$ más al mes: cada nueve adicional cuesta 0,83 US$ al mes.');
  });
});
