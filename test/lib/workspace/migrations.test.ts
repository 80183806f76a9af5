import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { LEGACY_LANG_KEY, MIGRATIONS, STORAGE_FORMAT, STORAGE_VERSION, legacyEnvelope, migrateEnvelope } from '../../../src/lib/state/migrations.ts';
import { StoredEnvelopeSchema } from '../../../src/lib/state/schema.ts';
import { WORKSPACE_KEY, decodeStored, openWorkspace } from '../../../src/lib/state/persistence.svelte.ts';
import { FakeStorage } from './fake-storage.ts';

/** One example envelope per storage version, as that version's builds wrote it. */
const EXAMPLES: Record<number, () => Record<string, unknown>> = {
  1: () => legacyEnvelope('es'),
  2: () => ({ format: STORAGE_FORMAT, version: 2, rev: 3, tab: 't1', data: { lang: 'en', activeId: '', compareIds: [], scenarios: [] } }),
};

describe('storage migrations', () => {
  it('has one step from every older version to the next, and an example of every version', () => {
    for (let version = 1; version < STORAGE_VERSION; version++) {
      const steps = MIGRATIONS.filter((m) => m.from === version);
      expect(steps, `step from ${version}`).toHaveLength(1);
      expect(steps[0]?.to).toBe(version + 1);
    }
    for (let version = 1; version <= STORAGE_VERSION; version++) expect(EXAMPLES[version], `example of ${version}`).toBeTypeOf('function');
  });

  it.each(MIGRATIONS.map((m) => [m.from, m.to, m] as const))('step %i -> %i gives what the next version reads', (from, to, step) => {
    const out = step.migrate(EXAMPLES[from]!());
    expect(out.version).toBe(to);
    if (to === STORAGE_VERSION) expect(v.safeParse(StoredEnvelopeSchema, out).issues ?? []).toEqual([]);
  });

  it.each(Object.keys(EXAMPLES).map(Number))('brings version %i all the way to the current version', (from) => {
    const r = migrateEnvelope(EXAMPLES[from]!());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.from).toBe(from);
      expect(v.safeParse(StoredEnvelopeSchema, r.value).success).toBe(true);
    }
  });

  it('1 -> 2: the language of the first builds is kept; anything else in that key is ignored', () => {
    expect(decodeStored(null, 'es')).toMatchObject({ data: { lang: 'es', scenarios: [], compareIds: [] }, migratedFrom: 1, unreadable: null });
    expect(decodeStored(null, 'fr').data).toEqual({ activeId: '', compareIds: [], scenarios: [] });
    expect(decodeStored(null, null).data).toBeNull();
  });

  it('1 -> 2 never fails, whatever the old key held (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('en', 'es', '', '__proto__')), (lang) => {
        const r = decodeStored(null, lang);
        expect(r.unreadable).toBeNull();
        expect(r.data?.scenarios).toEqual([]);
        expect(r.data?.lang === undefined || r.data.lang === lang).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses newer and unknown versions without throwing', () => {
    expect(migrateEnvelope({ format: STORAGE_FORMAT, version: STORAGE_VERSION + 1 })).toEqual({ ok: false, code: 'version_newer', version: String(STORAGE_VERSION + 1) });
    expect(migrateEnvelope({ format: STORAGE_FORMAT, version: 0 })).toMatchObject({ ok: false, code: 'version' });
    expect(migrateEnvelope({ format: STORAGE_FORMAT, version: 1.5 })).toMatchObject({ ok: false, code: 'version' });
    expect(migrateEnvelope({ format: 'x', version: 1 })).toMatchObject({ ok: false, code: 'format' });
    expect(migrateEnvelope('x')).toMatchObject({ ok: false, code: 'not_object' });
    const throwing = [{ from: 1, to: 2, description: '', migrate: () => { throw new Error('boom'); } }];
    expect(migrateEnvelope(legacyEnvelope('en'), throwing)).toMatchObject({ ok: false, code: 'version' });
    expect(migrateEnvelope(legacyEnvelope('en'), [])).toMatchObject({ ok: false, code: 'version' });
  });

  it('an app whose first builds saved only the language opens in that language and then saves a workspace', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_LANG_KEY, 'es');
    const boot = openWorkspace(storage);
    expect(boot.lang).toBe('es');
    expect(boot.workspace.scenarios).toHaveLength(1);
    expect(boot.persistence.save({ lang: 'es', activeId: boot.workspace.activeId, compareIds: [], scenarios: boot.workspace.snapshot() })).toBe('saved');
    expect(storage.getItem(LEGACY_LANG_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY)!)).toMatchObject({ format: STORAGE_FORMAT, version: STORAGE_VERSION, rev: 1, data: { lang: 'es' } });
  });
});
