import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';
import { archDoc, threeTier } from './fixtures.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const row = (name: RegExp) => screen.getByRole('treeitem', { name });
const focused = () => document.activeElement;

describe('the architecture tree with the keyboard', () => {
  it('is one tab stop; arrows, Home and End move between rows', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    const items = screen.getAllByRole('treeitem');
    // root, ELB, Web servers (2 of 3), its member, RDS.
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(items[0]).toHaveAttribute('aria-level', '1');
    expect(row(/EC2 instance/)).toHaveAttribute('aria-level', '3');
    expect(row(/ELB/)).toHaveAttribute('aria-posinset', '1');
    expect(row(/ELB/)).toHaveAttribute('aria-setsize', '3');
    items[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe(row(/ELB/));
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe(row(/EC2 instance/));
    // The tab stop follows the focus.
    expect(row(/EC2 instance/)).toHaveAttribute('tabindex', '0');
    expect(items[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(focused()).toBe(row(/RDS/));
    await user.keyboard('{Home}');
    expect(focused()).toBe(row(/Web application/));
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe(row(/Web application/));
  });

  it('Left collapses a group and goes to the parent; Right expands it and enters it', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    row(/EC2 instance/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe(row(/Web servers/));
    expect(row(/Web servers/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(row(/Web servers/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /EC2 instance/ })).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(row(/Web servers/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(row(/EC2 instance/));
    // A component has nothing to expand.
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(row(/EC2 instance/));
    expect(row(/EC2 instance/)).not.toHaveAttribute('aria-expanded');
  });

  it('Enter opens the form in place with the focus on the name; Escape closes it and returns to the row', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    // Every form starts closed: no field of any node is on the page.
    expect(screen.queryByRole('textbox', { name: /^Name \(/ })).toBeNull();
    row(/RDS/).focus();
    await user.keyboard('{Enter}');
    const name = screen.getByRole('textbox', { name: 'Name (RDS Multi-AZ)' });
    expect(focused()).toBe(name);
    // Keys typed in the form are the form's: Delete and arrows edit the text, not the tree.
    await user.type(name, ' x{ArrowLeft}{Delete}');
    expect(name).toHaveValue('RDS Multi-AZ ');
    expect(row(/RDS/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /^Name \(/ })).toBeNull();
    expect(focused()).toBe(row(/RDS/));
  });

  it('Delete on a required part (a k-of-n member) changes nothing and says why', async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    row(/EC2 instance/).focus();
    await user.keyboard('{Delete}');
    expect(store?.doc.architecture?.kind === 'series' && store.doc.architecture.children).toHaveLength(3);
    expect(screen.getByText('EC2 instance cannot be removed: it is a required part of its group.')).toHaveAttribute('aria-live', 'polite');
    expect(focused()).toBe(row(/EC2 instance/));
  });

  it('keeps what is open and closed per scenario, across a re-render', async () => {
    const user = userEvent.setup();
    const store = new ScenarioStore(archDoc(threeTier()));
    const first = render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(), store });
    row(/Web servers/).focus();
    await user.keyboard('{ArrowLeft}');
    row(/RDS/).focus();
    await user.keyboard('{Enter}');
    first.unmount();
    const again = render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(), store });
    expect(row(/Web servers/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('textbox', { name: 'Name (RDS Multi-AZ)' })).toBeInTheDocument();
    again.unmount();
    // Another scenario starts with its groups open and its forms closed.
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    expect(row(/Web servers/)).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('textbox', { name: /^Name \(/ })).toBeNull();
  });
});
