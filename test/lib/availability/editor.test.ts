import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { archDoc, threeTier } from './fixtures.ts';
import type { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const text = (testId: string): string => screen.getByTestId(testId).textContent?.trim() ?? '';

describe('availability architecture editor', () => {
  it('builds series(ELB multi-AZ, 2 of 3 EC2 instances, RDS Multi-AZ) from the buttons: 99.932534…%, 3.17 nines', async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(), onStore: (s: ScenarioStore) => (store = s) });
    await user.click(screen.getByRole('button', { name: '+ Add an availability architecture' }));
    // The root is a series group holding one ELB (multi-AZ) to start.
    expect(store?.doc.architecture?.kind).toBe('series');
    await user.selectOptions(screen.getByRole('combobox', { name: 'New group (My service)' }), 'k-of-n');
    await user.click(screen.getByRole('button', { name: 'Add group to My service' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'New component (My service)' }), 'sla:rds-multi-az');
    await user.click(screen.getByRole('button', { name: 'Add component to My service' }));

    // 0.9999 x (3 x 0.995^2 x 0.005 + 0.995^3 = 0.99992525) x 0.9995 = 0.9993253448462625
    expect(text('availability-percent')).toBe('99.93253448%');
    expect(text('availability-percent')).toMatch(/^99\.932534/);
    // -log10(0.0006746551537375) = 3.1709...
    expect(text('availability-nines')).toBe('3.17 nines');
    // Each node shows its own availability: 2 of 3 at 99.5% each is 99.992525%.
    expect(screen.getByRole('treeitem', { name: /^2 of 3: At least k of n/ })).toHaveTextContent('99.992525% · 4.13 nines');
    // RDS: 99.95% -> -log10(0.0005) = 3.30 nines; it removes 74.11% of the downtime (below).
    expect(screen.getByRole('treeitem', { name: /RDS Multi-AZ instance or cluster/ })).toHaveTextContent('99.95% · 3.3 nines · 74.11% of the downtime');
    // Every SLA used is a floor, said once under the results.
    expect(screen.getByTestId('sla-floor-note')).toHaveTextContent('An SLA is a contract floor, not a measured availability.');
    // Weakest link: RDS removes 0.000499913 of 0.00067456 = 74.11% of the downtime.
    const ranked = within(screen.getByTestId('weakest-links')).getAllByRole('listitem');
    expect(ranked[0]).toHaveTextContent('RDS Multi-AZ instance or cluster 74.11% of the downtime');
  });

  it('Route 53 alone is 100%: "no downtime", never Infinity or NaN', () => {
    render(Harness, {
      view: ArchitectureEditor,
      makeDoc: () => archDoc({ kind: 'series', id: 'root', name: 'DNS', children: [{ kind: 'component', id: 'r53', name: 'Route 53', sla: 'route53' }] }),
    });
    expect(text('availability-percent')).toBe('100%');
    expect(text('availability-nines')).toBe('100% — no downtime');
    expect(text('downtime-year')).toBe('0s');
    expect(screen.getByText('No downtime, so there is no weakest link.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Infinity|NaN|undefined/);
  });

  it('k greater than n shows the engine message next to k', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    await user.click(screen.getByRole('treeitem', { name: /Web servers/ }));
    const k = screen.getByRole('textbox', { name: 'At least k needed (Web servers)' });
    await user.clear(k);
    await user.type(k, '4');
    expect(k).toHaveAccessibleDescription(/At least 4 of 3 cannot be met: k must not exceed the number of members\./);
    // The last valid result stays, marked stale.
    expect(screen.getByText(/These results are from the last valid architecture/)).toBeInTheDocument();
    expect(text('availability-percent')).toBe('99.93253448%');
  });

  it('the SRE 30-day convention changes the monthly downtime (730 h -> 30 days)', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    // U = 0.0006746551537375; x 2,628,000 s = 1,772.99 s; x 2,592,000 s = 1,748.71 s.
    expect(text('downtime-month')).toBe('29m 32.99s');
    expect(text('downtime-year')).toBe('5h 54m 35.92s');
    expect(screen.getByRole('table', { name: /365-day year, 730-hour month/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Downtime convention'), 'sre-30-day');
    expect(text('downtime-month')).toBe('29m 8.71s');
    // 90-day quarter: x 7,776,000 s = 5,246.12 s.
    expect(text('downtime-quarter')).toBe('1h 27m 26.12s');
    expect(text('downtime-year')).toBe('5h 54m 35.92s');
    expect(screen.getByRole('table', { name: /SRE convention: 30-day month/ })).toBeInTheDocument();
  });

  it('a calendar month uses its own length: February 2024 has 29 days, its quarter 91, its year 366', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    await user.selectOptions(screen.getByLabelText('Downtime convention'), 'calendar-month');
    await fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2024-02' } });
    // U x 2,505,600 s = 1,690.42 s; x 7,862,400 s = 5,304.41 s; x 31,622,400 s = 21,334.22 s.
    expect(text('downtime-month')).toBe('28m 10.42s');
    expect(text('downtime-quarter')).toBe('1h 28m 24.41s');
    expect(text('downtime-year')).toBe('5h 55m 34.22s');
    expect(screen.getByRole('table', { name: /calendar month February 2024/ })).toBeInTheDocument();
  });

  it('adds a node from the group form and removes it from the tree with Delete, then undoes it', async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    const children = () => (store?.doc.architecture?.kind === 'series' ? store.doc.architecture.children : []);
    screen.getByRole('treeitem', { name: /Web application/ }).focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'Add component to Web application' }).focus();
    await user.keyboard('{Enter}');
    expect(children()).toHaveLength(4);
    // Focus lands on the new node's name, in its own form.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name (EC2 single instance)' }));
    expect(screen.getByText('Added EC2 single instance to Web application.')).toHaveAttribute('aria-live', 'polite');
    // Escape closes the form and puts the focus on the node's row; Delete removes it.
    await user.keyboard('{Escape}');
    const row = screen.getByRole('treeitem', { name: /EC2 single instance/ });
    expect(document.activeElement).toBe(row);
    await user.keyboard('{Delete}');
    expect(children()).toHaveLength(3);
    expect(screen.queryByRole('treeitem', { name: /EC2 single instance/ })).toBeNull();
    // Focus moves to the previous member's row; the removal can be undone.
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: /RDS Multi-AZ/ }));
    expect(text('availability-percent')).toBe('99.93253448%');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(children().map((c) => c.name)).toEqual(['ELB', 'Web servers', 'RDS Multi-AZ', 'EC2 single instance']);
    expect(document.activeElement).toBe(screen.getByRole('treeitem', { name: /EC2 single instance/ }));
  });

  it('moves a member up and keeps focus on its button; changes a group kind', async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    await user.click(screen.getByRole('treeitem', { name: /RDS Multi-AZ/ }));
    await user.click(screen.getByRole('button', { name: 'Move RDS Multi-AZ up' }));
    const ids = () => (store?.doc.architecture?.kind === 'series' ? store.doc.architecture.children.map((c) => c.id) : []);
    expect(ids()).toEqual(['elb', 'rds', 'web']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move RDS Multi-AZ up' }));
    // Series -> parallel: any one of ELB, RDS, web servers is enough.
    await user.click(screen.getByRole('treeitem', { name: /^series: Web application/ }).firstElementChild as HTMLElement);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind (Web application)' }), 'parallel');
    expect(store?.doc.architecture?.kind).toBe('parallel');
    // U = 0.0001 x 0.0005 x 0.00007475 = 3.7375e-12.
    expect(text('availability-nines')).toBe('11.43 nines');
  });

  it('an SLA override changes every component using that SLA, with provenance and a reset', async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    await user.click(screen.getByRole('treeitem', { name: /RDS Multi-AZ/ }));
    const rds = screen.getByRole('group', { name: 'Edit RDS Multi-AZ' });
    // the source's address is a link that opens in a new tab
    expect(rds).toHaveTextContent('Source: https://aws.amazon.com/rds/sla/ (as of 2024)');
    expect(within(rds).getByRole('link', { name: 'https://aws.amazon.com/rds/sla/' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(rds).getByText(/Changing this SLA changes every component that uses the RDS Multi-AZ instance or cluster SLA \(1 in this architecture\)/)).toBeInTheDocument();
    const field = within(rds).getByRole('textbox', { name: 'RDS Multi-AZ instance or cluster: monthly SLA' });
    await user.clear(field);
    await user.type(field, '99.9');
    expect(store?.doc.slaOverrides).toEqual({ 'rds-multi-az': '99.9' });
    expect(within(rds).getByText('your value')).toBeInTheDocument();
    // The RDS row now reads 99.9%: -log10(0.001) = 3 nines.
    expect(screen.getByRole('treeitem', { name: /RDS Multi-AZ/ })).toHaveAccessibleName(/^component: RDS Multi-AZ, 99\.9% · 3 nines/);
    await user.click(within(rds).getByRole('button', { name: 'Reset to default 99.95' }));
    expect(store?.doc.slaOverrides).toEqual({});
    // DynamoDB's SLA comes from secondary sources: "unconfirmed" and "tiers not confirmed".
    await user.click(within(rds).getByRole('combobox', { name: 'Service SLA (RDS Multi-AZ)' }));
    await user.keyboard('dynamodb standard{Enter}');
    expect(store?.doc.architecture?.kind === 'series' && store.doc.architecture.children[2]).toMatchObject({ sla: 'dynamodb-standard' });
    const ddb = screen.getByRole('group', { name: 'Edit RDS Multi-AZ' });
    expect(within(ddb).getByText('unconfirmed')).toBeInTheDocument();
    expect(within(ddb).getByText('tiers not confirmed')).toBeInTheDocument();
  });

  it('checks SLA credits: "less than X% but at least Y%", unconfirmed tiers, Route 53 in days', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    const service = screen.getByRole('combobox', { name: 'Service' });
    const measured = screen.getByRole('textbox', { name: 'Measured monthly uptime' });
    // Defaults to the first SLA the architecture uses (ELB multi-AZ, 99.99%).
    await user.type(measured, '99.99');
    expect(text('sla-credit')).toBe('99.99% is not less than the 99.99% commitment: no credit.');
    await user.clear(measured);
    await user.type(measured, '99');
    expect(text('sla-credit')).toBe('99% is less than 99.99% but at least 99%: credit of 10% of the monthly bill.');
    await user.selectOptions(service, 'elb-single-az');
    expect(text('sla-credit')).toBe('99% is less than 99.9%: at least 10% of the monthly bill (lower tiers not confirmed; the credit may be higher).');
    await user.selectOptions(service, 'route53');
    expect(text('sla-credit')).toBe('99% is below the 100% commitment, so a credit is due: credits are days of service and their thresholds are not confirmed.');
    expect(screen.getByText('Credits are days of service, not a percent of the bill.')).toBeInTheDocument();
  });
});
