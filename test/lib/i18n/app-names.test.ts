/**
 * The examples' names follow the page language ("Sales reps" -> "Vendedores"), and so does
 * "Scenario 1"; a name a person typed never changes.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/data/presets.ts';
import { messages } from '../../../src/lib/i18n/messages/index.ts';
import { appNameTranslator, translateAppNames } from '../../../src/lib/i18n/app-names.ts';

/** Every name and label written in an example document. */
function namesIn(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) for (const v of x) namesIn(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if ((k === 'name' || k === 'label') && typeof v === 'string') out.push(v);
      else namesIn(v, out);
    }
  }
  return out;
}

const toEs = appNameTranslator(messages, 'en', 'es');
const toEn = appNameTranslator(messages, 'es', 'en');

describe('example names in Spanish', () => {
  it.each(PRESETS.map((p) => p.id))('every name inside the example %s has a Spanish name', (id) => {
    const doc = PRESETS.find((p) => p.id === id)!.build();
    const inside = namesIn({ ...doc, name: undefined });
    expect(inside.length).toBeGreaterThan(0);
    // a new name in src/data/presets.ts needs a 'presetText.<name>' entry in lib/i18n/messages/presets.ts
    expect(inside.filter((n) => toEs(n) === undefined)).toEqual([]);
  });

  it('translates the sales dashboard and back, leaving product names as they are', () => {
    const doc = PRESETS.find((p) => p.id === 'sales-dashboard')!.build();
    const before = structuredClone(doc);
    expect(translateAppNames(doc, toEs)).toBe(true);
    expect(namesIn(doc.components)).toEqual(['Tablero de ventas', 'Vendedores', 'Gerentes']);
    expect(namesIn(doc.architecture)).toEqual(['Tablero', 'QuickSight']);
    translateAppNames(doc, toEn);
    expect(doc).toEqual(before);
  });

  it.each(PRESETS.map((p) => p.id))('loading %s in Spanish leaves no example name in English (release flows, builds and actions too)', (id) => {
    const doc = PRESETS.find((p) => p.id === id)!.build();
    translateAppNames(doc, toEs);
    const left = namesIn({ ...doc, name: undefined }).filter((n) => toEs(n) !== undefined && toEs(n) !== n);
    expect(left).toEqual([]);
  });

  it('names the failover node in Spanish (no "Conmutación de Failover between regions")', () => {
    const doc = PRESETS.find((p) => p.id === 'two-region-failover')!.build();
    translateAppNames(doc, toEs);
    expect(namesIn(doc.architecture)).toContain('Conmutación por error entre regiones');
    expect(namesIn(doc.architecture)).toContain('Región de reserva (us-west-2)');
  });

  it('renames "Scenario 3" and "Readers" but never a name a person typed', () => {
    expect(toEs('Scenario 3')).toBe('Escenario 3');
    expect(toEn('Escenario 12')).toBe('Scenario 12');
    expect(toEs('Readers')).toBe('Lectores');
    expect(toEs('Scenario 3b')).toBeUndefined();
    expect(toEs('My sales team')).toBeUndefined();
    const doc = { name: 'Scenario 1', components: [{ name: 'Mis lectores', usage: { readerGroups: [{ name: 'Readers' }] } }], architecture: null };
    translateAppNames(doc, toEs);
    expect(doc).toEqual({ name: 'Escenario 1', components: [{ name: 'Mis lectores', usage: { readerGroups: [{ name: 'Lectores' }] } }], architecture: null });
  });
});
