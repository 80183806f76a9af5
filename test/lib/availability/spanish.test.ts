import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { archDoc, threeTier } from './fixtures.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const text = (testId: string): string => (screen.getByTestId(testId).textContent ?? '').replace(/\u00a0/g, ' ').trim();

describe('availability in Spanish', () => {
  it('shows the three-tier example with Spanish numbers and durations', async () => {
    const user = userEvent.setup();
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), lang: 'es' });
    expect(text('availability-percent')).toBe('99,93253448 %');
    expect(text('availability-nines')).toBe('3,17 nueves');
    expect(text('downtime-year')).toBe('5 h 54 min 35,92 s');
    expect(text('downtime-month')).toBe('29 min 32,99 s');
    expect(screen.getByTestId('sla-floor-note')).toHaveTextContent('Un SLA es un mínimo contractual, no una disponibilidad medida.');
    // Requests in Spanish with a thousands point: 1.000.000 x 0,0006746551537375 = 674,66.
    await user.type(screen.getByLabelText('Peticiones al mes'), '1.000.000');
    expect(text('availability-budget-requests')).toBe('Pueden fallar 674,66 de 1.000.000 peticiones al mes (674 peticiones completas).');
    // The tree row says it in Spanish; its form opens on a click.
    const rds = screen.getByRole('treeitem', { name: /RDS Multi-AZ/ });
    expect(rds).toHaveAccessibleName('componente: RDS Multi-AZ, 99,95 % · 3,3 nueves · 74,11 % del tiempo de inactividad, eslabón más débil');
    await user.click(rds);
    expect(screen.getByRole('button', { name: 'Quitar RDS Multi-AZ' })).toBeInTheDocument();
  });
});
