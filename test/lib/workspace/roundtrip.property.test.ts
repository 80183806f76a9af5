import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { bundleJson, parseImportText, toExportDoc, asNewScenarios } from '../../../src/lib/state/export-json.ts';
import { readShareHash, shareFragment, shareLink } from '../../../src/lib/state/share.ts';
import { decompressBounded } from '../../../src/lib/state/share-lz.ts';
import { validateScenario } from '../../../src/lib/state/schema.ts';
import { Persistence, decodeStored } from '../../../src/lib/state/persistence.svelte.ts';
import { scenarioArb, scenariosArb } from './arbitraries.ts';
import { FakeStorage } from './fake-storage.ts';

const RUNS = 300;

describe('round trips (property tests, 300 runs each)', () => {
  it('every generated scenario passes the schema', () => {
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        expect(validateScenario(doc).ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('export then import gives back the same scenarios', () => {
    fc.assert(
      fc.property(scenariosArb, (docs) => {
        const r = parseImportText(bundleJson(docs, true, '2026-01-01T00:00:00.000Z'));
        expect(r).toEqual({ ok: true, value: docs.map(toExportDoc) });
      }),
      { numRuns: RUNS },
    );
  });

  it('a single exported scenario document imports too', () => {
    fc.assert(
      fc.property(scenarioArb, (doc) => {
        expect(parseImportText(JSON.stringify(doc))).toEqual({ ok: true, value: [doc] });
      }),
      { numRuns: RUNS },
    );
  });

  it('share then open gives back the same scenarios', () => {
    fc.assert(
      fc.property(scenariosArb, (docs) => {
        const link = shareLink('https://example.test/nubecalc/?x=1#old', docs);
        expect(link.startsWith('https://example.test/nubecalc/?x=1#share=')).toBe(true);
        const hash = link.slice(link.indexOf('#'));
        expect(readShareHash(hash)).toEqual({ ok: true, value: docs });
        expect(readShareHash(`#${shareFragment(docs)}`)).toEqual({ ok: true, value: docs });
      }),
      { numRuns: RUNS },
    );
  });

  it('save then reload gives back the same workspace', () => {
    fc.assert(
      fc.property(scenariosArb, fc.constantFrom('en', 'es') as fc.Arbitrary<'en' | 'es'>, (docs, lang) => {
        const withIds = asNewScenarios(docs, (i) => `S${i}`);
        const storage = new FakeStorage();
        const p = new Persistence(storage);
        p.boot();
        const data = { lang, activeId: withIds[withIds.length - 1]!.id, compareIds: withIds.map((d) => d.id).slice(0, 2), scenarios: withIds };
        expect(p.save(data)).toBe('saved');
        expect(decodeStored(storage.getItem('nubecalc.workspace'))).toMatchObject({ data, unreadable: null });
      }),
      { numRuns: RUNS },
    );
  });

  it('imported scenarios get fresh, distinct ids and keep their content', () => {
    fc.assert(
      fc.property(scenariosArb, (docs) => {
        const added = asNewScenarios(docs, (i) => `Imported ${i + 1}`);
        expect(new Set(added.map((d) => d.id)).size).toBe(docs.length);
        added.forEach((d, i) => expect(toExportDoc(d)).toEqual({ ...docs[i], name: docs[i]!.name?.trim() ? docs[i]!.name : `Imported ${i + 1}` }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the bounded decompressor agrees with lz-string (1,000 + 2,000 runs)', () => {
  const lib = (input: string): string | null => {
    try {
      return decompressFromEncodedURIComponent(input);
    } catch {
      return null; // lz-string throws on some garbage
    }
  };
  /** On real output of lz-string: exactly the same text. */
  const same = (input: string): void => {
    expect(decompressBounded(input, 1e7)).toEqual({ ok: true, text: lib(input) });
  };
  /**
   * On garbage: whatever the bounded version accepts, lz-string reads the same way. (It refuses
   * some garbage lz-string half-reads: a first code of 3 makes lz-string join an undefined entry.)
   */
  const neverDifferent = (input: string): void => {
    const mine = decompressBounded(input, 1e7);
    if (mine.ok && mine.text !== '') expect(mine.text).toBe(lib(input));
  };

  it('on everything lz-string compresses', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => same(compressToEncodedURIComponent(s))), { numRuns: 1000 });
  });

  it('on random input', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ ';
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 120 }), neverDifferent), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), neverDifferent), { numRuns: 1000 });
  });

  it('stops a decompression bomb early instead of building it', () => {
    const bomb = compressToEncodedURIComponent('a'.repeat(1_200_000));
    expect(bomb.length).toBeLessThan(5000);
    expect(decompressBounded(bomb, 1_000_000)).toEqual({ ok: false, reason: 'too_large' });
    expect(readShareHash(`#share=${bomb}`)).toMatchObject({ ok: false, problems: [{ code: 'too_large' }] });
  });
});
