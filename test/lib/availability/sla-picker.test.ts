/**
 * The service SLA picker (SlaPicker.svelte): one searchable combobox per component instead of a
 * <select> holding the whole catalog per leaf. Operated with the keyboard only: ArrowDown opens on
 * the chosen service, typing filters by the name in the page language (accents ignored), arrows
 * move, Enter chooses, Escape closes the list (not the node's form). The options exist in the page
 * only while the list is open.
 */
import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { filterSlaOptions, fold, slaOptions } from '../../../src/lib/components/availability/sla-options.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { SLA_CATALOG } from '../../../src/data/slas.ts';
import { archDoc, threeTier } from './fixtures.ts';
import type { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const rdsSla = (store: ScenarioStore | undefined): unknown => (store?.doc.architecture?.kind === 'series' ? store.doc.architecture.children[2] : null);

async function openRds(lang: 'en' | 'es' = 'en') {
  const user = userEvent.setup();
  let store: ScenarioStore | undefined;
  render(Harness, { view: ArchitectureEditor, lang, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
  await user.click(screen.getByRole('treeitem', { name: /RDS Multi-AZ/ }));
  const form = screen.getByRole('group', { name: lang === 'es' ? 'Editar RDS Multi-AZ' : 'Edit RDS Multi-AZ' });
  const box = within(form).getByRole('combobox', { name: lang === 'es' ? 'SLA del servicio (RDS Multi-AZ)' : 'Service SLA (RDS Multi-AZ)' });
  const list = (): HTMLElement => document.getElementById(box.getAttribute('aria-controls') ?? '') as HTMLElement;
  /** This picker's options (the form has other selects with options of their own). */
  const options = (): HTMLElement[] => within(list()).queryAllByRole('option', { hidden: true });
  const status = (): HTMLElement => within(box.parentElement as HTMLElement).getByRole('status');
  return { user, store: () => store, form, box, list, options, status };
}

describe('the SLA picker', () => {
  it('is a closed combobox showing the chosen service; no option is in the page until it opens', async () => {
    const { box, options, form } = await openRds();
    expect(box).toHaveValue('RDS Multi-AZ instance or cluster');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-autocomplete', 'list');
    expect(options()).toHaveLength(0);
    // The node's form holds no option of the catalog (no per-leaf copy of the list).
    expect(form.textContent).not.toContain('DynamoDB global tables');
    expect(box).toHaveAccessibleDescription(/Type to filter the services/);
  });

  it('keyboard: ArrowDown opens on the chosen service, typing filters, arrows move, Enter chooses', async () => {
    const { user, store, box, options, status } = await openRds();
    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Service SLA' })).toBeVisible();
    expect(options()).toHaveLength(SLA_CATALOG.length);
    const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveAttribute('aria-selected', 'true');
    // Each option: the service, its SLA percent and where it comes from.
    expect(active).toHaveTextContent('RDS Multi-AZ instance or cluster 99.95% source: aws.amazon.com/rds/sla/');

    await user.keyboard('{Control>}a{/Control}aurora');
    const shown = options();
    expect(shown.map((o) => o.querySelector('.name')?.textContent)).toEqual(['Aurora multi-AZ', 'Aurora single-AZ']);
    expect(status()).toHaveTextContent('2 services');
    // The first match is active; ArrowDown moves to the second.
    expect(box.getAttribute('aria-activedescendant')).toBe(shown[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(shown[1]?.id);
    expect(shown[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{ArrowUp}'); // up to the first, then wraps to the last
    expect(box.getAttribute('aria-activedescendant')).toBe(shown[1]?.id);
    await user.keyboard('{Enter}');
    expect(rdsSla(store())).toMatchObject({ sla: 'aurora-single-az' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('Aurora single-AZ');
    expect(box).toHaveFocus();
    expect(options()).toHaveLength(0);
  });

  it('Escape closes the list and gives the service back; a second Escape is the form\'s', async () => {
    const { user, store, form, box, options } = await openRds();
    box.focus();
    await user.keyboard('dynamo');
    expect(options()).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('RDS Multi-AZ instance or cluster');
    expect(rdsSla(store())).toMatchObject({ sla: 'rds-multi-az' });
    expect(form).toBeInTheDocument();
  });

  it('says so when nothing matches, and Enter then chooses nothing', async () => {
    const { user, store, box, status } = await openRds();
    box.focus();
    await user.keyboard('zzz{Enter}');
    expect(status()).toHaveTextContent('No service matches “zzz”.');
    expect(rdsSla(store())).toMatchObject({ sla: 'rds-multi-az' });
  });

  it('a click on an option chooses it', async () => {
    const { user, store, box, list } = await openRds();
    await user.click(box);
    await user.click(within(list()).getByRole('option', { name: /DynamoDB global tables/ }));
    expect(rdsSla(store())).toMatchObject({ sla: 'dynamodb-global-tables' });
  });

  it('Spanish: filters by the Spanish name, accents ignored', async () => {
    const { user, store, box, options } = await openRds('es');
    expect(box).toHaveValue('RDS Multi-AZ (instancia o clúster)');
    box.focus();
    await user.keyboard('region');
    const names = options().map((o) => o.querySelector('.name')?.textContent);
    expect(names).toContain('EC2 / EBS / ECS / Fargate, a nivel de región (dos o más AZ)');
    expect(options()[0]).toHaveTextContent(/99,99\s?% fuente: aws\.amazon\.com\/compute\/sla\//);
    await user.keyboard('{Enter}');
    expect(rdsSla(store())).toMatchObject({ sla: 'ec2-region' });
  });
});

describe('sla-options', () => {
  it('one list per language, shared by every picker', () => {
    const en = new I18n('en');
    expect(slaOptions(en)).toBe(slaOptions(new I18n('en')));
    expect(slaOptions(en)).toHaveLength(SLA_CATALOG.length);
  });

  it('matches every word, in any case, without accents', () => {
    const es = slaOptions(new I18n('es'));
    expect(fold('Región ÁZ')).toBe('region az');
    expect(filterSlaOptions(es, 'TABLAS dynamo').map((o) => o.id)).toEqual(['dynamodb-standard', 'dynamodb-global-tables']);
    expect(filterSlaOptions(es, '   ')).toBe(es);
  });
});
