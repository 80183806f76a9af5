/**
 * Stored data is never lost: unreadable data stays in place until its backup is written or the
 * person has it; one bad metadata field is reset alone; a reload gives byte-identical exports.
 */
import { describe, expect, it } from 'vitest';
import { Persistence, WORKSPACE_KEY, collectData, decodeStored, openWorkspace } from '../../../src/lib/state/persistence.svelte.ts';
import { bundleJson, parseImportText } from '../../../src/lib/state/export-json.ts';
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';
import { FakeStorage } from './fake-storage.ts';
import { ciDoc, mixedDoc } from './fixtures.ts';

const envelope = (data: unknown, rev: unknown = 3): string => JSON.stringify({ format: 'nubecalc-workspace', version: 2, rev, tab: 't', data });

describe('unreadable data when the storage is full', () => {
  function fullStorageWithGarbage(): FakeStorage {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, '{"format":"nubecalc-workspace","version":{"toString":0}}');
    storage.full = true;
    return storage;
  }

  it('is not written over by the first save (the backup failed on quota), and a reload shows it again', () => {
    const storage = fullStorageWithGarbage();
    const original = storage.getItem(WORKSPACE_KEY);
    const a = openWorkspace(storage, 'en');
    expect(a.persistence.unreadable?.backupKey).toBeNull();
    expect(a.persistence.holding).toBe(true);
    // The storage frees up (the person deleted something elsewhere); the app still holds off.
    storage.full = false;
    a.workspace.rename(a.workspace.activeId, 'New work');
    expect(a.persistence.save(collectData(a.workspace, 'en'))).toBe('held');
    expect(storage.getItem(WORKSPACE_KEY)).toBe(original);
    // A reload: the data and the notice are still there (and this time the backup fits).
    storage.full = true;
    const b = openWorkspace(storage, 'en');
    expect(b.persistence.unreadable?.raw).toBe(original);
    expect(b.persistence.unreadable?.problems[0]).toMatchObject({ code: 'type', path: 'version', params: { expected: 'number' } });
  });

  it('is written over only after the person downloads it (or dismisses the notice)', () => {
    for (const release of ['download', 'dismiss'] as const) {
      const storage = fullStorageWithGarbage();
      const p = openWorkspace(storage, 'en');
      storage.full = false;
      if (release === 'download') p.persistence.releaseUnreadable();
      else p.persistence.dismissUnreadable();
      expect(p.persistence.save(collectData(p.workspace, 'en'))).toBe('saved');
      expect(decodeStored(storage.getItem(WORKSPACE_KEY)).unreadable).toBeNull();
    }
  });

  it('when the backup is written, saving goes on at once (the copy keeps the original)', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'not json');
    const p = openWorkspace(storage, 'en');
    expect(p.persistence.holding).toBe(false);
    expect(storage.getItem(p.persistence.unreadable!.backupKey!)).toBe('not json');
    expect(p.persistence.save(collectData(p.workspace, 'en'))).toBe('saved');
  });
});

describe('one bad metadata field', () => {
  it.each([
    ['a compareIds entry', { compareIds: ['sa', { toString: 0 }, 'sb'] }, 'data.compareIds.1'],
    ['lang "xx"', { lang: 'xx' }, 'data.lang'],
    ['activeId 7', { activeId: 7 }, 'data.activeId'],
    ['compareIds not a list', { compareIds: 'sa' }, 'data.compareIds'],
    ['an unknown data key', { colour: 'red' }, 'data.colour'],
  ])('%s is reset alone; every valid scenario is kept', (_what, bad, path) => {
    const raw = envelope({ lang: 'es', activeId: 'sb', compareIds: ['sa', 'sb'], scenarios: [ciDoc(), mixedDoc()], ...bad });
    const d = decodeStored(raw);
    expect(d.data?.scenarios.map((s) => s.id)).toEqual(['sa', 'sb']);
    expect(d.unreadable).toMatchObject({ kept: 2, dropped: 0 });
    expect(d.unreadable?.problems.map((p) => p.path)).toEqual([path]);
  });

  it('rev -1 resets the revision to 0 and keeps the rest; the raw text is backed up first', () => {
    const raw = envelope({ lang: 'es', activeId: 'sb', compareIds: ['sa'], scenarios: [ciDoc(), mixedDoc()] }, -1);
    const d = decodeStored(raw);
    expect(d.rev).toBe(0);
    expect(d.data).toMatchObject({ lang: 'es', activeId: 'sb', compareIds: ['sa'] });
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, raw);
    const p = new Persistence(storage);
    p.boot();
    expect(storage.getItem(p.unreadable!.backupKey!)).toBe(raw);
  });
});

describe('byte-identical round trips', () => {
  /** A scenario whose keys are not in the schema's order (as an editor may build it). */
  function shuffled(): ScenarioDoc {
    const d = mixedDoc();
    return { slaOverrides: d.slaOverrides, components: d.components, id: d.id, architecture: d.architecture, name: d.name, settings: d.settings, version: 2, format: 'nubecalc-scenario' } as ScenarioDoc;
  }

  it('save, reload, export: the same bytes as exporting before the reload', () => {
    const storage = new FakeStorage();
    const p = new Persistence(storage);
    p.boot();
    const before = { lang: 'en' as const, activeId: 'sb', compareIds: [], scenarios: [shuffled()] };
    expect(p.save(before)).toBe('saved');
    const reloaded = openWorkspace(storage, 'en');
    expect(bundleJson(reloaded.workspace.snapshot(), true, 'T')).toBe(bundleJson(before.scenarios, true, 'T'));
  });

  it('export, import, export: the same bytes', () => {
    const first = bundleJson([shuffled(), ciDoc()], true, 'T');
    const imported = parseImportText(first);
    expect(imported.ok && bundleJson(imported.value, true, 'T')).toBe(first);
  });
});
