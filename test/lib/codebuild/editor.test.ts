import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { mount, project } from './harness.ts';

const g121 = { label: 'PR checks', computeType: 'general1.small', count: '300', per: 'month' as const, durationSeconds: '121' };

/** The results table row of a group (its row header is the group label). */
function row(label: string): HTMLElement {
  const table = screen.getAllByRole('table').find((t) => t.querySelector('caption')?.textContent?.startsWith('Cost') || t.querySelector('caption')?.textContent?.startsWith('Coste'))!;
  const header = within(table).getByRole('rowheader', { name: new RegExp(label) });
  return header.closest('tr') as HTMLElement;
}

describe('CodeBuild editor: results', () => {
  it('300 builds of 121 s on general1.small bill 900 min and cost $4.50, with the rounding highlighted', () => {
    mount([project([g121])]);
    const r = row('PR checks');
    // builds, raw min (300 x 121 / 60 = 605), billed min (300 x 3), rounding (295 min x $0.005), free tier, total
    expect(within(r).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['300', '605', '900', '$1.48', '—', '$4.50']);
    expect(screen.getByText(/PR checks: 121 s builds bill 3 min: 49% more than the raw time \(33% of the billed minutes are rounding\)/)).toBeInTheDocument();
    expect(screen.getByText('Rounding each build up adds 295 min a month, costing $1.48.')).toBeInTheDocument();
  });

  it('the free tier toggle is the scenario-wide setting and takes $0.50 off', async () => {
    const { user, store } = mount([project([g121])]);
    const toggle = screen.getByRole('checkbox', { name: 'Apply the always-free tier' });
    expect(toggle).toHaveAccessibleDescription(/belongs to the AWS account: this switch is shared by every CodeBuild component/);
    await user.click(toggle);
    expect(store.doc.settings?.codeBuildFreeTier).toBe(true);
    const cells = within(row('PR checks')).getAllByRole('cell');
    expect(cells[4]).toHaveTextContent('−$0.50');
    expect(cells[5]).toHaveTextContent('$4.00');
    expect(screen.getByText('Account: 100 of 100 free build-minutes used, saving $0.50.')).toBeInTheDocument();
  });

  it('one free-tier switch for the account: two CodeBuild components share it and the allowance is applied once', async () => {
    const { user } = mount([project([g121], {}, 'a'), project([{ ...g121, label: 'Nightly' }], {}, 'b')]);
    const toggles = screen.getAllByRole('checkbox', { name: 'Apply the always-free tier' });
    expect(toggles).toHaveLength(2);
    await user.click(toggles[1]!);
    expect(toggles[0]).toBeChecked();
    // Both groups cost the same: the 100 free minutes go to the first one only ($4.00 + $4.50).
    const totals = screen.getAllByRole('rowheader', { name: 'Project total' }).map((h) => h.closest('tr')!.lastElementChild!.textContent);
    expect(totals).toEqual(['$4.00', '$4.50']);
  });

  it('switching to per day shows x 730/24 and prices 304.17 builds a month', async () => {
    const { user } = mount([project([{ ...g121, count: '10' }])]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Counted' }), 'per day');
    expect(screen.getByText('× 730/24 days = 304.17 builds a month')).toBeInTheDocument();
    const cells = within(row('PR checks')).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('304.17');
    // 10 x 730 / 24 = 304.1666... builds x 3 min = 912.5 min x $0.005 = $4.5625
    expect(cells[2]).toHaveTextContent('912.5');
    expect(cells[5]).toHaveTextContent('$4.56');
  });

  it('Lambda types bill per second, without rounding', async () => {
    const { user } = mount([project([g121])]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compute type' }), 'lambda.arm.1GB — $0.00001/s');
    const cells = within(row('PR checks')).getAllByRole('cell');
    // 300 x 121 s = 36,300 s x $0.00001 = $0.363
    expect(cells[2]).toHaveTextContent('36,300 billed s');
    expect(cells[3]).toHaveTextContent('—');
    expect(cells[5]).toHaveTextContent('$0.36');
    expect(screen.getByText(/billed per second \(no rounding\)/)).toBeInTheDocument();
  });
});

describe('CodeBuild editor: inputs', () => {
  it('lists every catalog compute type with its price per minute or per second', () => {
    mount([project([g121])]);
    const select = screen.getByRole('combobox', { name: 'Compute type' });
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toHaveLength(13);
    expect(options).toContain('general1.small — $0.005/min');
    expect(options).toContain('windows.general1.large — $0.036/min');
    expect(options).toContain('lambda.x86-64.1GB — $0.00002/s');
  });

  it('a blank duration shows a specific error next to the field and keeps the last valid result', async () => {
    const { user, store } = mount([project([g121])]);
    const field = screen.getByRole('textbox', { name: 'Duration in seconds' });
    await user.clear(field);
    expect(field).toHaveAccessibleDescription(/A value is required here\./);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.stale).toBe(true);
    expect(store.doc.components[0]!.type === 'codebuild' && store.doc.components[0]!.project.groups[0]!.durationSeconds).toBe('121');
    expect(screen.getByText(/These results are from the last valid input/)).toBeInTheDocument();
    await user.type(field, 'abc');
    expect(field).toHaveAccessibleDescription(/"abc" is not a number\./);
    await user.clear(field);
    await user.type(field, '90.5');
    expect(field).toHaveAccessibleDescription(/90.5 must be a whole number\./);
    await user.clear(field);
    await user.type(field, '120');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(store.stale).toBe(false);
    expect(within(row('PR checks')).getAllByRole('cell')[5]).toHaveTextContent('$3.00');
  });

  it('accepts minutes + seconds and stores whole seconds', async () => {
    const { user, store } = mount([project([{ ...g121, durationSeconds: '300' }])]);
    await user.click(screen.getByRole('radio', { name: 'minutes + seconds' }));
    const minutes = screen.getByRole('textbox', { name: 'Minutes' });
    const seconds = screen.getByRole('textbox', { name: 'Seconds' });
    expect(minutes).toHaveValue('5');
    expect(seconds).toHaveValue('0');
    await user.clear(minutes);
    await user.type(minutes, '2');
    await user.clear(seconds);
    await user.type(seconds, '1');
    const g = store.doc.components[0]!.type === 'codebuild' ? store.doc.components[0]!.project.groups[0] : undefined;
    expect(g?.durationSeconds).toBe('121');
    expect(within(row('PR checks')).getAllByRole('cell')[2]).toHaveTextContent('900');
    await user.clear(seconds);
    await user.type(seconds, '75');
    expect(seconds).toHaveAccessibleDescription(/75 is too large \(the most allowed is 59\)\./);
  });

  it('project overhead is added to every build, and a group can set its own', async () => {
    const { user, store } = mount([project([{ ...g121, durationSeconds: '100' }])]);
    const overhead = screen.getByRole('textbox', { name: 'Overhead per build' });
    await user.clear(overhead);
    await user.type(overhead, '20');
    // 100 + 20 = 120 s: exactly 2 min, no rounding; 600 min x $0.005 = $3.00
    let cells = within(row('PR checks')).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('600');
    expect(cells[5]).toHaveTextContent('$3.00');
    await user.click(screen.getByRole('checkbox', { name: 'Own overhead for this group' }));
    const own = screen.getByRole('textbox', { name: 'Overhead per build (this group)' });
    expect(own).toHaveValue('20');
    await user.clear(own);
    await user.type(own, '21');
    cells = within(row('PR checks')).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('900');
    await user.click(screen.getByRole('checkbox', { name: 'Own overhead for this group' }));
    const g = store.doc.components[0]!.type === 'codebuild' ? store.doc.components[0]!.project.groups[0] : undefined;
    expect(g && 'overheadSeconds' in g).toBe(false);
  });

  it('adds, reorders and removes groups', async () => {
    const { user, store } = mount([project([g121])]);
    await user.click(screen.getByRole('button', { name: '+ Add a build group' }));
    const labels = () => (store.doc.components[0]!.type === 'codebuild' ? store.doc.components[0]!.project.groups.map((g) => g.label) : []);
    expect(labels()).toEqual(['PR checks', 'Builds 2']);
    expect(screen.getByRole('group', { name: 'Group 2: Builds 2' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move Builds 2 up' }));
    expect(labels()).toEqual(['Builds 2', 'PR checks']);
    expect(screen.getByRole('group', { name: 'Group 1: Builds 2' })).toBeInTheDocument();
    const label = within(screen.getByRole('group', { name: 'Group 2: PR checks' })).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Main');
    expect(labels()).toEqual(['Builds 2', 'Main']);
    await user.click(screen.getByRole('button', { name: 'Remove Builds 2' }));
    expect(labels()).toEqual(['Main']);
    expect(screen.getByText('Builds 2 removed.')).toBeInTheDocument();
    store.undo();
    expect(labels()).toEqual(['Builds 2', 'Main']);
  });
});

describe('CodeBuild editor: prices', () => {
  it('shows provenance and overrides a compute type price into prices.computeTypes, removing the key on reset', async () => {
    const { user, store } = mount([project([g121])]);
    await user.click(screen.getByText('Prices (us-east-1, on-demand)'));
    const field = screen.getByRole('textbox', { name: 'general1.small' });
    expect(field).toHaveAccessibleDescription(/Source: AWS CodeBuild pricing page .* \(as of 2026\)/);
    expect(screen.getAllByText('unconfirmed').length).toBeGreaterThanOrEqual(5);
    await user.clear(field);
    await user.type(field, '0.01');
    const c = () => (store.doc.components[0]!.type === 'codebuild' ? store.doc.components[0]! : null);
    expect(c()?.prices?.computeTypes?.['general1.small']).toBe('0.01');
    expect(screen.getByText('your value')).toBeInTheDocument();
    expect(within(row('PR checks')).getAllByRole('cell')[5]).toHaveTextContent('$9.00');
    expect(screen.getByRole('option', { name: 'general1.small — $0.01/min' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Reset to default \$0.005/ }));
    expect(c()?.prices).toBeUndefined();
    expect(within(row('PR checks')).getAllByRole('cell')[5]).toHaveTextContent('$4.50');
  });
});

describe('CodeBuild editor: Spanish', () => {
  it('speaks Spanish and accepts a decimal comma in prices', async () => {
    const { user } = mount([project([{ ...g121, per: 'day', count: '10' }])], { lang: 'es' });
    expect(screen.getByRole('checkbox', { name: 'Aplicar la capa gratuita permanente' })).toBeInTheDocument();
    expect(screen.getByText('× 730/24 días = 304,17 compilaciones al mes')).toBeInTheDocument();
    expect(screen.getByText(/PR checks: las compilaciones de 121 s se facturan como 3 min: un 49 % más que el tiempo real/)).toBeInTheDocument();
    await user.click(screen.getByText('Precios (us-east-1, bajo demanda)'));
    const field = screen.getByRole('textbox', { name: 'general1.small' });
    await user.clear(field);
    await user.type(field, '0,01');
    // 304.1666... x 3 min = 912.5 min x $0.01 = $9.125
    expect(within(row('PR checks')).getAllByRole('cell')[5]).toHaveTextContent(/9,13\s*US\$/);
  });
});
