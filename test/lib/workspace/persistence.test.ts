import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, MAX_BACKUPS, Persistence, WORKSPACE_KEY, applyData, collectData, decodeStored, openWorkspace, type WorkspaceData } from '../../../src/lib/state/persistence.svelte.ts';
import { Workspace } from '../../../src/lib/state/workspace.svelte.ts';
import { FakeStorage } from './fake-storage.ts';
import { ciDoc, mixedDoc } from './fixtures.ts';

function data(over: Partial<WorkspaceData> = {}): WorkspaceData {
  return { lang: 'en', activeId: 'sb', compareIds: ['sa', 'sb'], scenarios: [ciDoc(), mixedDoc()], ...over };
}

function saved(storage: FakeStorage, d: WorkspaceData = data()): void {
  const p = new Persistence(storage, 'writer');
  p.boot();
  expect(p.save(d)).toBe('saved');
}

describe('saving and loading', () => {
  it('a reload restores scenarios, the current one, the comparison and the language exactly', () => {
    const storage = new FakeStorage();
    saved(storage, data({ lang: 'es' }));
    const boot = openWorkspace(storage);
    expect(boot.lang).toBe('es');
    expect(boot.workspace.snapshot()).toEqual([ciDoc(), mixedDoc()]);
    expect(boot.workspace.activeId).toBe('sb');
    expect(boot.workspace.compareIds).toEqual(['sa', 'sb']);
    expect(boot.persistence.unreadable).toBeNull();
    expect(collectData(boot.workspace, 'es')).toEqual(data({ lang: 'es' }));
  });

  it('writes only when something changed, with a growing revision', () => {
    const storage = new FakeStorage();
    const p = new Persistence(storage, 'me');
    p.boot();
    expect(p.save(data())).toBe('saved');
    expect(p.save(data())).toBe('unchanged');
    expect(p.save(data({ activeId: 'sa' }))).toBe('saved');
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY)!)).toMatchObject({ rev: 2, tab: 'me', data: { activeId: 'sa' } });
    expect(storage.writes).toBe(2);
  });

  it('opening the app does not write what it just read (so another open tab is not alarmed)', () => {
    const storage = new FakeStorage();
    saved(storage);
    const before = storage.writes;
    const boot = openWorkspace(storage);
    boot.persistence.markClean(collectData(boot.workspace, 'en'));
    expect(boot.persistence.save(collectData(boot.workspace, 'en'))).toBe('unchanged');
    expect(storage.writes).toBe(before);
  });

  it('says so when the storage is full or blocked, and recovers', () => {
    const storage = new FakeStorage();
    const p = new Persistence(storage, 'me');
    p.boot();
    storage.full = true;
    expect(p.save(data())).toBe('failed');
    expect(p.saveError).toBe('quota');
    storage.full = false;
    expect(p.save(data())).toBe('saved');
    expect(p.saveError).toBeNull();
    const none = new Persistence(null);
    expect(none.available).toBe(false);
    expect(none.save(data())).toBe('unavailable');
    storage.blocked = true;
    const blocked = new Persistence(storage);
    expect(blocked.boot().data).toBeNull();
    expect(blocked.saveError).toBe('blocked');
  });

  it('warns when a scenario holds something that would not be read back', () => {
    const p = new Persistence(new FakeStorage(), 'me');
    p.boot();
    const bad = ciDoc();
    bad.name = 'n'.repeat(500);
    p.save(data({ scenarios: [bad] }));
    expect(p.unsavable?.problems[0]?.code).toBe('too_long');
    p.save(data());
    expect(p.unsavable).toBeNull();
  });
});

describe('unreadable stored data', () => {
  it.each([
    ['not JSON', '{"format": "nubecalc-workspace", '],
    ['a prototype key', '{"format":"nubecalc-workspace","version":2,"rev":1,"tab":"x","data":{"__proto__":{"x":1},"activeId":"","compareIds":[],"scenarios":[]}}'],
    ['a newer version', '{"format":"nubecalc-workspace","version":99}'],
    ['something else', '[1,2,3]'],
    ['a broken envelope', '{"format":"nubecalc-workspace","version":2,"rev":-1,"tab":"x","data":{}}'],
  ])('%s: the page starts clean, the raw text is kept aside and offered', (_what, raw) => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, raw);
    const boot = openWorkspace(storage);
    expect(boot.workspace.scenarios).toHaveLength(1);
    const bad = boot.persistence.unreadable;
    expect(bad?.raw).toBe(raw);
    expect(bad?.kept).toBe(0);
    expect(bad?.problems.length).toBeGreaterThan(0);
    expect(bad?.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(bad!.backupKey!)).toBe(raw);
    // Nothing is marked clean: the first save replaces the unreadable entry at once.
    boot.persistence.markClean(collectData(boot.workspace, 'en'));
    expect(boot.persistence.save(collectData(boot.workspace, 'en'))).toBe('saved');
    expect(boot.persistence.backups.map((b) => b.key)).toEqual([bad!.backupKey]);
    expect(boot.persistence.readBackup(bad!.backupKey!)).toBe(raw);
    boot.persistence.deleteBackup(bad!.backupKey!);
    expect(boot.persistence.backups).toEqual([]);
  });

  it('keeps the scenarios that can be read and reports the others', () => {
    const broken = { ...mixedDoc('sc', 'Broken'), components: 'nope' };
    const raw = JSON.stringify({ format: 'nubecalc-workspace', version: 2, rev: 4, tab: 't', data: { activeId: 'sc', compareIds: ['sa', 'sc'], scenarios: [ciDoc(), broken, ciDoc('sa', 'Copy with same id')] } });
    const d = decodeStored(raw);
    expect(d.data?.scenarios.map((s) => s.name)).toEqual(['Office CI', 'Copy with same id']);
    expect(new Set(d.data?.scenarios.map((s) => s.id)).size).toBe(2);
    expect(d.data?.activeId).toBe('sa');
    expect(d.data?.compareIds).toEqual(['sa']);
    expect(d.unreadable).toMatchObject({ kept: 2, dropped: 1 });
    expect(d.unreadable?.problems[0]).toMatchObject({ code: 'type', path: 'data.scenarios.1.components' });
  });

  it('keeps at most a few backups', () => {
    const storage = new FakeStorage();
    for (let i = 0; i < MAX_BACKUPS + 2; i++) storage.setItem(`${BACKUP_PREFIX}2020-01-0${i + 1}T00:00:00.000Z`, 'old');
    storage.setItem(WORKSPACE_KEY, 'garbage');
    const p = new Persistence(storage);
    p.boot();
    expect(p.backups).toHaveLength(MAX_BACKUPS);
    expect(p.backups[0]?.key).toBe(p.unreadable?.backupKey);
  });

  it('when the browser refuses the backup copy, says so (download it now)', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, 'garbage');
    storage.full = true;
    const p = new Persistence(storage);
    p.boot();
    expect(p.unreadable?.backupKey).toBeNull();
    expect(p.unreadable?.raw).toBe('garbage');
  });
});

describe('two open tabs', () => {
  function twoTabs() {
    const storage = new FakeStorage();
    saved(storage);
    const a = openWorkspace(storage);
    const b = openWorkspace(storage);
    a.persistence.markClean(collectData(a.workspace, 'en'));
    b.persistence.markClean(collectData(b.workspace, 'en'));
    return { storage, a, b };
  }

  it('a tab that finds another tab\'s newer save does not overwrite it: it asks', () => {
    const { storage, a, b } = twoTabs();
    a.workspace.rename('sa', 'Renamed in A');
    expect(a.persistence.save(collectData(a.workspace, 'en'))).toBe('saved');
    const afterA = storage.getItem(WORKSPACE_KEY);
    b.workspace.rename('sb', 'Renamed in B');
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('paused');
    expect(storage.getItem(WORKSPACE_KEY)).toBe(afterA);
    expect(b.persistence.conflict?.names).toEqual(['Renamed in A', 'Two AZ']);
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('paused');
  });

  it('the storage event raises the question too; "load theirs" replaces this tab\'s workspace', () => {
    const { storage, a, b } = twoTabs();
    a.workspace.rename('sa', 'From A');
    a.persistence.save(collectData(a.workspace, 'en'));
    b.persistence.onStorage(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    expect(b.persistence.conflict?.data?.scenarios[0]?.name).toBe('From A');
    const theirs = b.persistence.takeTheirs();
    expect(theirs).not.toBeNull();
    applyData(b.workspace, theirs!);
    expect(b.workspace.snapshot()[0]?.name).toBe('From A');
    expect(b.persistence.conflict).toBeNull();
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('unchanged');
    b.workspace.rename('sb', 'Then B');
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('saved');
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY)!).rev).toBe(3);
  });

  it('"keep mine" overwrites the other tab\'s save', () => {
    const { storage, a, b } = twoTabs();
    a.workspace.rename('sa', 'From A');
    a.persistence.save(collectData(a.workspace, 'en'));
    b.workspace.rename('sa', 'From B');
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('paused');
    b.persistence.keepMine();
    expect(b.persistence.save(collectData(b.workspace, 'en'))).toBe('saved');
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY)!).data.scenarios[0].name).toBe('From B');
    // Now A is the one that must ask.
    a.persistence.onStorage(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    expect(a.persistence.conflict).not.toBeNull();
  });

  it('ignores its own writes, other keys and cleared storage', () => {
    const { storage, a } = twoTabs();
    a.workspace.rename('sa', 'x');
    a.persistence.save(collectData(a.workspace, 'en'));
    a.persistence.onStorage(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    a.persistence.onStorage('other', 'x');
    a.persistence.onStorage(WORKSPACE_KEY, null);
    a.persistence.onStorage(null, null);
    expect(a.persistence.conflict).toBeNull();
  });

  it('another tab\'s unreadable write can only be kept aside, never loaded', () => {
    const { storage, b } = twoTabs();
    b.persistence.onStorage(WORKSPACE_KEY, '{"format":"nubecalc-workspace","version":3}');
    expect(b.persistence.conflict?.data).toBeNull();
    expect(b.persistence.takeTheirs()).toBeNull();
    b.persistence.keepMine();
    expect(b.persistence.backups.length).toBe(1);
    expect(storage.getItem(b.persistence.backups[0]!.key)).toBe('{"format":"nubecalc-workspace","version":3}');
  });

  it('applyData keeps only comparison ids that exist and resets "undo delete"', () => {
    const ws = new Workspace([ciDoc()]);
    ws.remove('sa');
    applyData(ws, data({ compareIds: ['sa', 'zz'] }));
    expect(ws.compareIds).toEqual(['sa']);
    expect(ws.lastRemoved).toBeNull();
    expect(ws.activeId).toBe('sb');
  });
});
