/**
 * The reproducer of issue 9: in Spanish, typing "1.000" readers must give 1000 readers (it gave 1),
 * and "1,000" must get a message next to the field instead of a silent guess.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import QuickSightEditor from '../../../src/lib/components/quicksight/QuickSightEditor.svelte';
import { qsDoc } from '../quicksight/fixtures.ts';
import type { ScenarioStore, QuickSightDoc } from '../../../src/lib/state/scenario.svelte.ts';
import type { Lang } from '../../../src/lib/i18n/i18n.svelte.ts';

function setup(lang: Lang) {
  let store!: ScenarioStore;
  const user = userEvent.setup();
  render(Harness, { props: { view: QuickSightEditor, each: 'quicksight', makeDoc: () => qsDoc(), lang, onStore: (s: ScenarioStore) => (store = s) } });
  const readers = () => (store.doc.components[0] as QuickSightDoc).usage.readerGroups?.[0]?.readers;
  return { user, readers };
}

describe('the readers field reads thousands the way the page writes them', () => {
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  });

  it('Spanish: "1.000" is a thousand readers; "1,000" gets a message and the document keeps 1000', async () => {
    const { user, readers } = setup('es');
    const group = screen.getByRole('group', { name: 'Sales' });
    const field = within(group).getByLabelText('Lectores');
    await user.clear(field);
    await user.type(field, '1.000');
    expect(readers()).toBe('1000');
    // 1000 readers x 17 sessions capped at 5,00 US$ = 5.000,00 US$ for the group (Spanish groups 4-digit numbers)
    expect(group).toHaveTextContent(/5\.000,00\sUS\$ por 1\.000 lectores/);
    await user.clear(field);
    await user.type(field, '1,000');
    expect(field).toHaveAccessibleDescription('"1,000" se puede leer de dos formas: escribe 1000 (o 1.000) si son miles, o 1 si es un decimal.');
  });

  it('English: "1,000" is a thousand readers; "1.000" for a count gets a message', async () => {
    const { user, readers } = setup('en');
    const field = within(screen.getByRole('group', { name: 'Sales' })).getByLabelText('Readers');
    await user.clear(field);
    await user.type(field, '1,000');
    expect(readers()).toBe('1000');
    await user.clear(field);
    await user.type(field, '1.000');
    expect(field).toHaveAccessibleDescription('"1.000" can be read two ways: write 1000 (or 1,000) for that many thousands, or 1 for the decimal.');
  });
});
