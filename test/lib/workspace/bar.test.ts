import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync, tick } from 'svelte';
import Harness from './Harness.svelte';
import { FakeStorage } from './fake-storage.ts';
import { ciDoc, mixedDoc } from './fixtures.ts';
import { Persistence, WORKSPACE_KEY, collectData } from '../../../src/lib/state/persistence.svelte.ts';
import type { Workspace } from '../../../src/lib/state/workspace.svelte.ts';
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';
import { shareFragment } from '../../../src/lib/state/share.ts';
import { toExportDoc } from '../../../src/lib/state/export-json.ts';

function stored(docs: ScenarioDoc[], activeId = docs[0]!.id): FakeStorage {
  const storage = new FakeStorage();
  const p = new Persistence(storage, 'seed');
  p.boot();
  p.save({ lang: 'en', activeId, compareIds: [], scenarios: docs });
  return storage;
}

function setup(storage = stored([ciDoc(), mixedDoc()])) {
  let ws!: Workspace;
  let persistence!: Persistence;
  const r = render(Harness, { props: { storage, onReady: (w: Workspace, p: Persistence) => ((ws = w), (persistence = p)) } });
  return { ...r, ws, persistence, storage, user: userEvent.setup() };
}

const tabs = () => within(screen.getByRole('navigation', { name: 'Scenarios' })).getAllByRole('button');
const tabNames = () => tabs().map((b) => b.textContent?.trim());
const current = () => tabs().find((b) => b.getAttribute('aria-current') === 'true')?.textContent?.trim();
const savedNames = (s: FakeStorage) => (JSON.parse(s.getItem(WORKSPACE_KEY)!).data.scenarios as ScenarioDoc[]).map((d) => d.name);

afterEach(() => history.replaceState(null, '', '/'));

describe('the scenario bar', () => {
  it('lists the scenarios with the current one marked, and switches', async () => {
    const { user, ws } = setup();
    expect(tabNames()).toEqual(['Office CI', 'Two AZ', '+ New scenario']);
    expect(current()).toBe('Office CI');
    await user.click(screen.getByRole('button', { name: 'Two AZ' }));
    expect(current()).toBe('Two AZ');
    expect(ws.activeId).toBe('sb');
  });

  it('creates a new empty scenario with the next free name and switches to it (and saves it)', async () => {
    const { user, ws, storage } = setup();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    expect(tabNames()).toEqual(['Office CI', 'Two AZ', 'Scenario 3', '+ New scenario']);
    expect(current()).toBe('Scenario 3');
    expect(ws.active.doc.components).toEqual([]);
    // Saving waits for a pause in typing.
    await vi.waitFor(() => expect(savedNames(storage)).toEqual(['Office CI', 'Two AZ', 'Scenario 3']));
  });

  it('renames the current scenario (Enter saves, Escape cancels, Ctrl+Z-able through its history)', async () => {
    const { user, ws, storage } = setup();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const box = screen.getByRole('textbox', { name: 'Scenario name' });
    expect(box).toHaveValue('Office CI');
    await user.clear(box);
    await user.type(box, 'Office hours only{Enter}');
    expect(current()).toBe('Office hours only');
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await user.type(screen.getByRole('textbox', { name: 'Scenario name' }), ' changed{Escape}');
    expect(current()).toBe('Office hours only');
    // Saving waits for a pause in typing.
    await vi.waitFor(() => expect(savedNames(storage)[0]).toBe('Office hours only'));
    ws.active.undo();
    await tick();
    expect(current()).toBe('Office CI');
  });

  it('duplicates the current scenario right after it ("what if…"), as a separate copy', async () => {
    const { user, ws } = setup();
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(tabNames()).toEqual(['Office CI', 'Office CI (what if…)', 'Two AZ', '+ New scenario']);
    expect(current()).toBe('Office CI (what if…)');
    const copy = ws.active;
    expect(copy.doc.id).not.toBe('sa');
    expect(copy.doc.components).toEqual(ciDoc().components);
    copy.edit((d) => (d.components = []));
    expect(ws.find('sa')!.doc.components).toHaveLength(1);
  });

  it('deletes with an Undo toast that puts the scenario back where it was', async () => {
    const { user, storage } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(tabNames()).toEqual(['Two AZ', '+ New scenario']);
    const toast = screen.getByText('Deleted “Office CI”.').closest('.toast') as HTMLElement;
    // Saving waits for a pause in typing.
    await vi.waitFor(() => expect(savedNames(storage)).toEqual(['Two AZ']));
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(tabNames()).toEqual(['Office CI', 'Two AZ', '+ New scenario']);
    expect(current()).toBe('Office CI');
    expect(screen.queryByText('Deleted “Office CI”.')).toBeNull();
    // Saving waits for a pause in typing.
    await vi.waitFor(() => expect(savedNames(storage)).toEqual(['Office CI', 'Two AZ']));
  });

  it('deleting the last scenario leaves a fresh one; the toast can be dismissed', async () => {
    const { user } = setup(stored([ciDoc()]));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(tabNames()).toEqual(['Scenario 1', '+ New scenario']);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Deleted/)).toBeNull();
  });

  it('shows names with markup as plain text', () => {
    const evil = ciDoc('sx', '<img src=x onerror=alert(1)><b>bold</b>');
    const { container } = setup(stored([evil]));
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)><b>bold</b>' })).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('moves along the scenarios with the arrow keys', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Office CI' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Two AZ' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: '+ New scenario' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Office CI' })).toHaveFocus();
  });

  it('speaks Spanish', () => {
    render(Harness, { props: { storage: new FakeStorage(), lang: 'es' } });
    expect(screen.getByRole('button', { name: 'Escenario 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+ Nuevo escenario' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Renombrar' })).toBeInTheDocument();
  });
});

describe('share links and imports', () => {
  it('opening a link previews it from names and counts only (nothing evaluated) and adds copies only on request', async () => {
    history.replaceState(null, '', `/#${shareFragment([toExportDoc(ciDoc('x', 'Shared CI'))])}`);
    const { user, ws } = setup();
    const dialog = await screen.findByRole('dialog', { name: 'This link holds a scenario' });
    expect(location.hash).toBe('');
    // One component, no architecture; no total is worked out before the person accepts.
    expect(within(dialog).getAllByRole('row')[1]).toHaveTextContent(/^Shared CI10$/);
    expect(within(dialog).queryByText('$1.00')).toBeNull();
    expect(ws.scenarios).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Add the scenario' }));
    expect(await screen.findByText('Scenario added.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tabNames()).toEqual(['Office CI', 'Two AZ', 'Shared CI', '+ New scenario']);
    expect(current()).toBe('Shared CI');
    expect(ws.active.doc.id).not.toBe('x');
    expect(screen.getByText('Scenario added.')).toBeInTheDocument();
  });

  it('cancelling a link changes nothing', async () => {
    history.replaceState(null, '', `/#${shareFragment([toExportDoc(ciDoc())])}`);
    const { user, ws } = setup();
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(ws.snapshot()).toEqual([ciDoc(), mixedDoc()]);
  });

  it('a damaged link says so and changes nothing', async () => {
    history.replaceState(null, '', '/#share=N4IgdghgtgpiBcIAqBPADgZQ');
    const { user, ws } = setup();
    const dialog = await screen.findByRole('dialog', { name: 'This link cannot be opened' });
    expect(within(dialog).getByText(/damaged or incomplete|not valid JSON|not a nubecalc/)).toBeInTheDocument();
    expect(within(dialog).getByText('Nothing was added or changed.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(ws.snapshot()).toEqual([ciDoc(), mixedDoc()]);
  });

  it('imports a JSON file after showing it; a bad file is explained', async () => {
    const { user, ws } = setup();
    await user.click(screen.getByText('Share, export, import'));
    const input = await screen.findByLabelText('Import scenarios (JSON file)');
    const file = new File([JSON.stringify({ format: 'nubecalc-scenarios', version: 1, scenarios: [toExportDoc(mixedDoc()), toExportDoc(ciDoc())] })], 'plans.json', { type: 'application/json' });
    await user.upload(input, file);
    const dialog = await screen.findByRole('dialog', { name: '“plans.json” holds 2 scenarios' });
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 scenarios' }));
    expect(await screen.findByText('2 scenarios added.')).toBeInTheDocument();
    expect(ws.scenarios.map((s) => s.doc.name)).toEqual(['Office CI', 'Two AZ', 'Two AZ', 'Office CI']);
    expect(new Set(ws.scenarios.map((s) => s.doc.id)).size).toBe(4);

    const bad = new File(['{"format":"nubecalc-scenario","version":1,"__proto__":{"x":1},"components":[]}'], 'evil.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Import scenarios (JSON file)'), bad);
    const d2 = await screen.findByRole('dialog', { name: '“evil.json” cannot be imported' });
    expect(within(d2).getByText('It contains the key “__proto__”, which is never accepted. (at __proto__)')).toBeInTheDocument();
    await user.click(within(d2).getByRole('button', { name: 'Close' }));
    expect(ws.scenarios).toHaveLength(4);
  });

  it('makes a share link of the chosen scenarios and warns when it is long', async () => {
    const { user } = setup();
    await user.click(screen.getByText('Share, export, import'));
    await user.click(await screen.findByRole('button', { name: 'Create link' }));
    const link = screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
    expect(link.value).toMatch(/#share=[A-Za-z0-9+$-]+$/);
    expect(screen.queryByRole('button', { name: 'Export a file instead' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Two AZ' }));
    expect(screen.getByRole('button', { name: 'Export 2 scenarios (JSON)' })).toBeInTheDocument();
    expect(screen.getByText(/Comma-separated, decimal point/)).toBeInTheDocument();
  });
});

describe('long share links', () => {
  it('warns past 8,000 characters and offers a file instead', async () => {
    // Text that does not compress: 60 components with pseudo-random 150-character names.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const noise = () => Array.from({ length: 150 }, () => String.fromCharCode(33 + (rnd() % 90))).join('');
    const big = ciDoc('big', 'Big');
    big.components = Array.from({ length: 60 }, (_, i) => ({ ...structuredClone(ciDoc().components[0]!), id: `c${i}`, name: noise() }));
    const { user } = setup(stored([big]));
    await user.click(screen.getByText('Share, export, import'));
    await user.click(await screen.findByRole('button', { name: 'Create link' }));
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent(/This link is [\d,]+ characters long\. Links longer than about 8,000 characters are cut/);
    expect((screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value.length).toBeGreaterThan(8000);
    expect(within(warning).getByRole('button', { name: 'Export a file instead' })).toBeInTheDocument();
  });
});

describe('storage notices', () => {
  it('unreadable stored data: a banner, the data kept and downloadable, a clean start', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, '{"format":"nubecalc-workspace","version":2,"rev":1');
    setup(storage);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your saved scenarios could not be read');
    expect(alert).toHaveTextContent('It is not valid JSON.');
    expect(within(alert).getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
    expect([...storage.map.keys()].some((k) => k.startsWith('nubecalc.unreadable.'))).toBe(true);
    expect(tabNames()).toEqual(['Scenario 1', '+ New scenario']);
  });

  it('another tab saved: this tab stops saving until the person chooses', async () => {
    const { user, ws, storage, persistence } = setup();
    // The other tab writes a newer version.
    const other = new Persistence(storage, 'other');
    other.boot();
    other.save({ ...collectData(ws, 'en'), scenarios: [ciDoc('sa', 'Renamed elsewhere'), mixedDoc()] });
    persistence.onStorage(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    await tick();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Another tab saved changes to your scenarios.');
    expect(alert).toHaveTextContent('Renamed elsewhere, Two AZ');
    ws.rename('sb', 'Mine');
    // Past the save delay, the other tab's version is still what is stored: saving is paused.
    await new Promise((r) => setTimeout(r, 400));
    expect(savedNames(storage)).toEqual(['Renamed elsewhere', 'Two AZ']);
    await user.click(within(alert).getByRole('button', { name: 'Load the other tab’s version' }));
    expect(tabNames()).toEqual(['Renamed elsewhere', 'Two AZ', '+ New scenario']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
