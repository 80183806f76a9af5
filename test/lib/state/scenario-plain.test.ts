/**
 * ScenarioStore evaluates a plain copy rebuilt from per-part copies (structural sharing) instead of
 * a JSON round trip of the whole document on every keystroke. The copy must always equal the
 * round trip, and the evaluation must equal a one-off evaluation of it, however the document
 * changed: edits, edits that add or replace components, replace, undo/redo, and a mutation made
 * outside the store's methods.
 */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { evaluateScenario } from '../../../src/engine/index.ts';
import { appCatalogs } from '../../../src/lib/state/catalogs.ts';
import { ScenarioStore, type ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import { ciDoc, mixedDoc } from '../workspace/fixtures.ts';

const roundTrip = (doc: ScenarioDoc): unknown => JSON.parse(JSON.stringify(doc));

function expectSame(store: ScenarioStore): void {
  flushSync();
  const plain = store.plain;
  expect(plain).toEqual(roundTrip(store.doc));
  const ev = store.evaluation;
  expect(ev?.ok).toBe(true);
  if (!ev?.ok) return;
  const once = evaluateScenario(roundTrip(store.doc), appCatalogs);
  expect(ev.value.monthlyTotal.toString()).toBe(once.monthlyTotal.toString());
  expect(ev.value.annualTotal.toString()).toBe(once.annualTotal.toString());
  expect(ev.value.lines.map((l) => l.text)).toEqual(once.lines.map((l) => l.text));
  expect(ev.value.components.map((c) => c.lines.map((l) => l.text))).toEqual(once.components.map((c) => c.lines.map((l) => l.text)));
  expect(ev.value.availability?.availability.toString()).toBe(once.availability?.availability.toString());
}

describe('ScenarioStore.plain: structural sharing gives the same document and results', () => {
  it('follows edits, added and replaced components, replace, undo, redo', () => {
    const store = new ScenarioStore(mixedDoc());
    expectSame(store);
    const before = store.plain;

    store.edit((d) => {
      const qs = d.components[0];
      if (qs?.type === 'quicksight') qs.usage.readerGroups![0]!.readers = '25';
    }, 'readers');
    expectSame(store);
    // The components that did not change keep their copies; the edited one gets a new one.
    expect(store.plain.components[1]).toBe(before.components[1]);
    expect(store.plain.components[0]).not.toBe(before.components[0]);
    expect(store.plain.architecture).toBe(before.architecture);

    store.edit((d) => {
      d.components.push(ciDoc().components[0]!);
    });
    expectSame(store);

    store.edit((d) => {
      d.components[1] = { ...ciDoc().components[0]!, id: 'cb2', name: 'Replaced' };
      if (d.settings) d.settings.codeBuildFreeTier = false;
    });
    expectSame(store);

    store.edit((d) => {
      if (d.architecture?.kind === 'series') d.architecture.children.pop();
      d.slaOverrides = { 'ec2-instance': '99.9' };
    });
    expectSame(store);

    store.undo();
    expectSame(store);
    store.undo();
    expectSame(store);
    store.redo();
    expectSame(store);
    store.replace(ciDoc());
    expectSame(store);
  });

  it('a mutation outside edit() is seen too (that part is copied in full)', () => {
    const store = new ScenarioStore(mixedDoc());
    expectSame(store);
    const ec2 = store.doc.components[1];
    if (ec2?.type === 'ec2') ec2.input.count = '5';
    expectSame(store);
    store.doc.components.push(ciDoc().components[0]!);
    expectSame(store);
    store.doc.architecture = null;
    expectSame(store);
  });

  it('every example, then an edit of each component', () => {
    for (const preset of PRESETS) {
      const store = new ScenarioStore({ ...(preset.build() as ScenarioDoc), id: 'x' });
      expectSame(store);
      store.doc.components.forEach((_, i) => {
        store.edit((d) => {
          d.components[i]!.name = `Edited ${i}`;
        });
        expectSame(store);
      });
    }
  });

  it('the copy is frozen: nothing can change a copy shared between evaluations', () => {
    const store = new ScenarioStore(mixedDoc());
    flushSync();
    expect(Object.isFrozen(store.plain)).toBe(true);
    expect(Object.isFrozen(store.plain.components[0])).toBe(true);
    expect(Object.isFrozen(store.plain.architecture)).toBe(true);
  });
});
