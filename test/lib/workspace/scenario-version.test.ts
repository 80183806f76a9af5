/**
 * Scenario documents saved, shared or exported by a build that wrote format version 1 open as
 * version 2 (nothing priced, same meaning), from storage, a share link and a file alike.
 */
import { describe, expect, it } from 'vitest';
import { WORKSPACE_KEY, openWorkspace } from '../../../src/lib/state/persistence.svelte.ts';
import { STORAGE_FORMAT, STORAGE_VERSION } from '../../../src/lib/state/migrations.ts';
import { parseScenarioPayload } from '../../../src/lib/state/schema.ts';
import { migrateScenarioDoc } from '../../../src/lib/state/scenario-migrations.ts';
import { FakeStorage } from './fake-storage.ts';
import { ciDoc } from './fixtures.ts';

const v1 = () => ({ ...ciDoc(), version: 1 });

describe('scenario format version 1 -> 2 in the app', () => {
  it('a stored workspace of version-1 scenarios opens them as version 2', () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, JSON.stringify({ format: STORAGE_FORMAT, version: STORAGE_VERSION, rev: 1, tab: 'old', data: { lang: 'en', activeId: ciDoc().id, compareIds: [], scenarios: [v1()] } }));
    const boot = openWorkspace(storage);
    expect(boot.persistence.unreadable).toBeNull();
    expect(boot.workspace.snapshot()).toEqual([ciDoc()]);
  });

  it('a file or link holding version-1 scenarios imports them as version 2', () => {
    const { id: _id, ...doc } = v1();
    const r = parseScenarioPayload(JSON.stringify({ format: 'nubecalc-scenarios', version: 1, scenarios: [doc] }), 1e6);
    expect(r.ok && r.value.map((d) => d.version)).toEqual([2]);
  });

  it('leaves anything else for the schema to judge', () => {
    for (const x of [null, [], 'x', { format: 'other', version: 1 }, { format: 'nubecalc-scenario', version: 9 }]) expect(migrateScenarioDoc(x)).toBe(x);
  });
});
