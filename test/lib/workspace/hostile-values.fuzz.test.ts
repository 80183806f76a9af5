/**
 * The untrusted-input entries (a share link, an imported file, the stored workspace) fed valid
 * documents with one hostile value planted anywhere: objects whose own keys are "toString",
 * "valueOf", "__proto__" or "constructor", 5,000-deep nesting, wrong types. Each entry must give
 * its schema result (the scenarios, or problems to show) and never throw.
 *
 * 47,000 documents in all: links 8,000, files 18,000, stored data 21,000 (with Persistence.boot
 * on 6,000 of them). With the engine's fuzz (test/engine/hostile-json.fuzz.test.ts, 53,000) that
 * is 100,000 hostile documents.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { readShareHash } from '../../../src/lib/state/share.ts';
import { bundleJson, parseImportText } from '../../../src/lib/state/export-json.ts';
import { Persistence, WORKSPACE_KEY, decodeStored } from '../../../src/lib/state/persistence.svelte.ts';
import type { Parsed } from '../../../src/lib/state/schema.ts';
import { mutatedArb } from '../../engine/hostile-arbitraries.ts';
import { FakeStorage } from './fake-storage.ts';
import { ciDoc } from './fixtures.ts';
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';

/** Small documents keep the run short: a CodeBuild scenario with a two-node architecture. */
const small: ScenarioDoc = { ...ciDoc(), architecture: { kind: 'parallel', id: 'r', children: [{ kind: 'component', id: 'a', sla: 'ec2-instance', replicas: '2' }] } };
const bundle = JSON.parse(bundleJson([small], false)) as unknown;
const stored = { format: 'nubecalc-workspace', version: 2, rev: 3, tab: 't', savedAt: '2026-01-01T00:00:00.000Z', data: { lang: 'es', activeId: 'sa', compareIds: ['sa'], scenarios: [small] } };
const legacyStored = { format: 'nubecalc-workspace', version: 1, lang: 'es' };

/** True when `x` nests at least `depth` arrays or objects deep (iterative, stops early). */
function nestsAtLeast(x: unknown, depth: number): boolean {
  const stack: [unknown, number][] = [[x, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d + 1 >= depth) return true;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/**
 * JSON text of a hostile document (a 5,000-deep value makes JSON.stringify give up: use a marker).
 * JSON.stringify overflows the stack at about 4,100 levels here (the 2,049-level series tree
 * inside a document too), which took 9 ms a time and most of this file's run: a value 4,000 levels
 * deep gets the marker without trying.
 */
function text(x: unknown): string {
  if (nestsAtLeast(x, 4000)) return `${'['.repeat(5000)}${']'.repeat(5000)}`;
  try {
    return JSON.stringify(x) ?? 'null';
  } catch {
    return `${'['.repeat(5000)}${']'.repeat(5000)}`;
  }
}

function schemaResult<T>(r: Parsed<T> | null): boolean {
  expect(r).not.toBeNull();
  if (r && !r.ok) {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) for (const v of Object.values(p.params)) expect(typeof v).toBe('string');
  }
  return true;
}

describe('hostile values planted in valid documents', () => {
  it('8000 share links', () => {
    fc.assert(fc.property(mutatedArb(bundle), (doc) => schemaResult(readShareHash(`#share=${compressToEncodedURIComponent(text(doc))}`))), { numRuns: 8_000 });
  }, 120_000);

  it('18000 imported files (bundles and single scenarios)', () => {
    const arb = fc.oneof(mutatedArb(bundle), mutatedArb({ ...small, id: undefined }));
    fc.assert(fc.property(arb, (doc) => schemaResult(parseImportText(text(doc)))), { numRuns: 18_000 });
  }, 120_000);

  it('21000 stored workspaces: decoded without a throw, with what could be read', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: mutatedArb(stored) }, { weight: 1, arbitrary: mutatedArb(legacyStored) }), (doc) => {
        const d = decodeStored(text(doc));
        if (!d.data || d.unreadable) expect(d.unreadable?.problems.length ?? 0).toBeGreaterThan(0);
        return true;
      }),
      { numRuns: 15_000 },
    );
    fc.assert(
      fc.property(mutatedArb(stored), (doc) => {
        const storage = new FakeStorage();
        storage.setItem(WORKSPACE_KEY, text(doc));
        const p = new Persistence(storage);
        const boot = p.boot();
        // Whatever was stored is still there, or backed up.
        if (p.unreadable) expect(storage.getItem(p.unreadable.backupKey!)).toBe(text(doc));
        expect(boot.data === null || Array.isArray(boot.data.scenarios)).toBe(true);
        return true;
      }),
      { numRuns: 6_000 },
    );
  }, 120_000);
});

describe('the reproducer: a version of {"toString":0}', () => {
  const scenarioText = '{"format":"nubecalc-scenario","version":{"toString":0},"components":[]}';
  const bundleText = '{"format":"nubecalc-scenarios","version":{"toString":0,"valueOf":0},"scenarios":[]}';

  it.each([
    ['a link to one scenario', () => readShareHash(`#share=${compressToEncodedURIComponent(scenarioText)}`)],
    ['a link to a bundle', () => readShareHash(`#share=${compressToEncodedURIComponent(bundleText)}`)],
    ['a file', () => parseImportText(scenarioText)],
  ])('%s: "Expected a number (at version)", no TypeError', (_what, read) => {
    const r = read();
    expect(r && !r.ok && r.problems[0]).toMatchObject({ code: 'type', path: 'version', params: { expected: 'number' } });
  });

  it('stored data: the page starts with the data backed up and a banner, on every reload', () => {
    const storage = new FakeStorage();
    const raw = '{"format":"nubecalc-workspace","version":{"toString":0},"rev":1,"tab":"x","data":{}}';
    storage.setItem(WORKSPACE_KEY, raw);
    for (let reload = 0; reload < 2; reload++) {
      const p = new Persistence(storage);
      p.boot();
      expect(p.unreadable?.problems[0]).toMatchObject({ code: 'type', path: 'version', params: { expected: 'number' } });
      expect(storage.getItem(p.unreadable!.backupKey!)).toBe(raw);
    }
  });
});
