import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import QuickSightEditor from '../../../src/lib/components/quicksight/QuickSightEditor.svelte';
import { qsDoc } from './fixtures.ts';
import type { ScenarioStore, QuickSightDoc } from '../../../src/lib/state/scenario.svelte.ts';

function modelRow(name: RegExp): HTMLElement {
  const table = screen.getByRole('table', { name: /under each pricing model/ });
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
}

describe('QuickSight editor: pooled sessions given per year', () => {
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  });

  it('55,000 sessions a year cost $22,000.00 a year under annual capacity ($1,833.33 a month)', async () => {
    let store!: ScenarioStore;
    const user = userEvent.setup();
    render(Harness, { props: { view: QuickSightEditor, each: 'quicksight', makeDoc: () => qsDoc(), onStore: (s: ScenarioStore) => (store = s) } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pooled sessions come from' }), 'year');
    const field = screen.getByRole('textbox', { name: 'Sessions per year' });
    await user.clear(field);
    await user.paste('55000');
    await user.tab();
    expect((store.doc.components[0] as QuickSightDoc).usage.pooledSessions).toEqual({ sessions: '55000', per: 'year' });
    // tier 1: $20,000 + (55,000 - 50,000) x $0.40 = $22,000 a year; / 12 = $1,833.33
    expect(modelRow(/annual/)).toHaveTextContent('$1,833.33');
    // the legacy model still prices the group: 200 readers x $5.00 cap = $1,000.00
    expect(modelRow(/Legacy per-session/)).toHaveTextContent('$1,000.00');
  }, 20_000);
});
