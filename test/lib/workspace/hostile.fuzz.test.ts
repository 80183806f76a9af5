/**
 * Fuzzed hostile payloads for links, files and stored data: 9,600 generated cases in all
 * (links 3,200, files 3,200, stored data 3,200; counted in the test names below). For every case:
 * no exception, no prototype pollution, no change to the existing scenarios, and either a valid
 * result or at least one problem (a message) to show.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { readShareHash } from '../../../src/lib/state/share.ts';
import { parseImportText, asNewScenarios, bundleJson } from '../../../src/lib/state/export-json.ts';
import { StoredScenarioSchema, type Parsed, type ScenarioData } from '../../../src/lib/state/schema.ts';
import { Persistence, WORKSPACE_KEY, collectData, decodeStored } from '../../../src/lib/state/persistence.svelte.ts';
import { Workspace } from '../../../src/lib/state/workspace.svelte.ts';
import * as v from 'valibot';
import { scenarioArb } from './arbitraries.ts';
import { ciDoc, mixedDoc } from './fixtures.ts';
import { FakeStorage } from './fake-storage.ts';

const PER_KIND = 800;

/** Hostile edits of a valid document's JSON text. */
const hostileEdit = fc.constantFrom(
  (t: string) => t.replace('{', '{"__proto__":{"polluted":"yes"},'),
  (t: string) => t.replace(/\{(?=[^{]*$)/, '{"constructor":{"prototype":{"polluted":"yes"}},'),
  (t: string) => t.replace('"version":1', '"version":2'),
  (t: string) => t.replace('"version":1', '"version":"1"'),
  (t: string) => t.replace('"format":"nubecalc-scenario"', '"format":"nubecalc-scenari0"'),
  (t: string) => t.replace('"components":[', `"components":[${'{"id":"x","type":"quicksight"},'.repeat(3)}`),
  (t: string) => t.replace('"components":[', `"name":"${'<script>'.repeat(40)}","components":[`),
  (t: string) => t.replace(/"name":"[^"]*"/, `"name":"${'n'.repeat(5000)}"`),
  (t: string) => t.replace(/"[^"]+":/, '"prototype":'),
  (t: string) => t.replace(/\d+/, '1.5'),
  (t: string) => t.replace(/\d+/, '1e400'),
  (t: string) => t.replace(/"components":\[/, `"components":${'['.repeat(200)}`),
  (t: string) => t.slice(0, Math.floor(t.length / 2)),
  (t: string) => t.replace(/true|false/, '"true"'),
  (t: string) => `${t}${t}`,
  (t: string) => t.replace(/:\s*"[^"]*"/, ':{"a":[1,2,{"__proto__":null}]}'),
);

const smallHostileText = fc.oneof(
  fc.tuple(fc.array(scenarioArb, { minLength: 1, maxLength: 2 }), hostileEdit).map(([docs, edit]) => edit(bundleJson(docs, false))),
  fc.tuple(scenarioArb, hostileEdit).map(([doc, edit]) => edit(JSON.stringify(doc))),
  fc.json({ maxDepth: 6 }),
  fc.jsonValue().map((x) => JSON.stringify({ format: 'nubecalc-scenarios', version: 1, scenarios: [x] })),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', 'null', '[]', '{}', '"x"', '1e999', `${'['.repeat(5000)}${']'.repeat(5000)}`),
);

/**
 * A hostile JSON text: a valid export with an edit, random JSON, random text, or something huge.
 * The two huge texts are constants (each gives the same outcome every time), so they are one case
 * in ten, not one in two: parsing them 1,600 times a test was most of this file's time.
 */
const hostileText = fc.oneof({ weight: 9, arbitrary: smallHostileText }, { weight: 1, arbitrary: fc.constantFrom(`${'['.repeat(50000)}${']'.repeat(50000)}`, `{"a":"${'x'.repeat(6_000_000)}"}`) });

function existing(): Workspace {
  return new Workspace([ciDoc(), mixedDoc()], 'sb');
}

/** What the app does with a parsed payload: show it, and add it only when it is valid (the person accepted). */
function receive(ws: Workspace, parsed: Parsed<ScenarioData[]>): void {
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const p of parsed.problems) expect(typeof p.code).toBe('string');
    return;
  }
  for (const doc of parsed.value) expect(v.safeParse(StoredScenarioSchema, { ...doc, id: 'x' }).success).toBe(true);
  for (const doc of asNewScenarios(parsed.value, (i) => `I${i}`)) ws.add(doc);
}

function checkUntouched(ws: Workspace): void {
  const before = [ciDoc(), mixedDoc()];
  // The two existing documents as plain JSON (a JSON copy of these two only: Workspace.snapshot()
  // clones every scenario, the added ones too, and was a third of this file's time).
  expect(ws.scenarios.slice(0, 2).map((s) => JSON.parse(JSON.stringify(s.doc)) as unknown)).toEqual(before);
  expect(new Set(ws.scenarios.map((s) => s.doc.id)).size).toBe(ws.scenarios.length);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

describe('hostile share links', () => {
  const linkArb = fc.oneof(
    smallHostileText.map((t) => `#share=${compressToEncodedURIComponent(t)}`),
    fc.string({ maxLength: 300 }).map((s) => `#share=${s}`),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), maxLength: 400 }).map((s) => `#share=${s}`),
    fc.constantFrom('#share=', `#share=${'A'.repeat(250_000)}`, `#share=${compressToEncodedURIComponent('a'.repeat(1_200_000))}`),
  );

  it(`${PER_KIND * 4} fuzzed links: never throw, never touch existing scenarios, always a result or a message`, () => {
    fc.assert(
      fc.property(linkArb, (hash) => {
        const ws = existing();
        const parsed = readShareHash(hash);
        expect(parsed).not.toBeNull();
        receive(ws, parsed!);
        checkUntouched(ws);
      }),
      { numRuns: PER_KIND * 4 },
    );
  }, 120_000);
});

describe('hostile imported files', () => {
  it(`${PER_KIND * 4} fuzzed files: never throw, never touch existing scenarios, always a result or a message`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const ws = existing();
        receive(ws, parseImportText(text));
        checkUntouched(ws);
      }),
      { numRuns: PER_KIND * 4 },
    );
  }, 120_000);
});

describe('hostile stored data', () => {
  const envelope = (scenarios: string) => `{"format":"nubecalc-workspace","version":2,"rev":1,"tab":"x","data":{"activeId":"","compareIds":[],"scenarios":[${scenarios}]}}`;
  const storedArb = fc.oneof(
    hostileText,
    hostileText.map((t) => envelope(t)),
    fc.tuple(scenarioArb, hostileEdit).map(([doc, edit]) => edit(envelope(JSON.stringify({ ...doc, id: 's1' })))),
    fc.jsonValue().map((x) => JSON.stringify({ format: 'nubecalc-workspace', version: 2, rev: 1, tab: 'x', data: x })),
  );

  it(`${PER_KIND * 4} fuzzed stored entries: the page always starts, with what could be read, and keeps the rest`, () => {
    fc.assert(
      fc.property(storedArb, (raw) => {
        const decoded = decodeStored(raw);
        if (decoded.data) for (const s of decoded.data.scenarios) expect(v.safeParse(StoredScenarioSchema, s).success).toBe(true);
        if (!decoded.data || decoded.unreadable) expect(decoded.unreadable?.problems.length ?? 0).toBeGreaterThan(0);
        const storage = new FakeStorage();
        storage.setItem(WORKSPACE_KEY, raw);
        const p = new Persistence(storage);
        const boot = p.boot();
        const ws = new Workspace(boot.data?.scenarios ?? [], boot.data?.activeId ?? '');
        expect(ws.scenarios.length).toBeGreaterThan(0);
        if (p.unreadable && raw !== '') expect(storage.getItem(p.unreadable.backupKey!)).toBe(raw);
        expect(p.save(collectData(ws, 'en'))).toMatch(/saved|unchanged/);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: PER_KIND * 4 },
    );
  }, 120_000);
});
