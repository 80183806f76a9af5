import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { archDoc, threeTier } from './fixtures.ts';
import type { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

describe('pricing a node', () => {
  it('prices the 2-of-3 web member from the catalog, then with my own unit price', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    // The member's form opens from its row in the tree.
    await user.click(screen.getByRole('treeitem', { name: /^each member · component: EC2 instance/ }));
    expect(screen.getByTestId('node-cost-web-ec2')).toHaveTextContent('not priced');
    await user.click(screen.getByText('Monthly cost (EC2 instance):'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priced by (EC2 instance)' }), 'catalog');
    expect(store?.doc.architecture).toMatchObject({ children: [{}, { member: { cost: { type: 'catalog', items: [{ service: 'ec2-t3.medium-hour', quantity: '730' }] } } }, {}] });
    // 3 members x 730 h x $0.0416 = $91.104
    expect(screen.getByTestId('node-cost-web-ec2')).toHaveTextContent('$91.10');
    expect(screen.getByText(/^Source: AWS Price List \(offer files\) as reflected in infracost test data/)).toBeInTheDocument();
    const price = screen.getByRole('textbox', { name: 'Unit price (EC2 t3.medium, EC2 instance)' });
    await user.clear(price);
    await user.type(price, '0.05');
    // 3 x 730 h x $0.05 = $109.50
    expect(screen.getByTestId('node-cost-web-ec2')).toHaveTextContent('$109.50');
    await user.click(screen.getByRole('button', { name: /^Reset/ }));
    expect(screen.getByTestId('node-cost-web-ec2')).toHaveTextContent('$91.10');
  });

  it('says so when there is no cost component to link', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()) });
    await user.click(screen.getByRole('treeitem', { name: /^component: ELB/ }));
    await user.click(screen.getByText('Monthly cost (ELB):'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priced by (ELB)' }), 'component');
    expect(screen.getByText(/This scenario has no cost components yet/)).toBeInTheDocument();
  });
});
