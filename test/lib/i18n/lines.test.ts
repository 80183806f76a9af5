/**
 * One source per formula: the engine emits a key and params for every line item; each language has
 * one template per key (English: src/engine/<calculator>/lines.ts, Spanish: src/lib/i18n/lines).
 * Every key the engine can emit is rendered here, with the params of real results, in both
 * languages: a missing or unused template, a raw id or an unformatted number fails.
 */
import { describe, expect, it } from 'vitest';
import { LINE_CATALOGS, LINE_TEMPLATES, renderLine, type LineItem } from '../../../src/engine/index.ts';
import { LINES_ES } from '../../../src/lib/i18n/lines/es.ts';
import { localizeLine } from '../../../src/lib/i18n/localize.ts';
import { SLA_CATALOG_IDS } from './corpus/ids.ts';
import { exampleLines } from './corpus/examples.ts';
import { quicksightLines } from './corpus/quicksight.ts';
import { codebuildLines } from './corpus/codebuild.ts';
import { ec2Lines } from './corpus/ec2.ts';
import { availabilityLines } from './corpus/availability.ts';
import { devtoolsLines } from './corpus/devtools.ts';
import { scenarioLines } from './corpus/scenario.ts';

const corpus: LineItem[] = [...exampleLines(), ...quicksightLines(), ...codebuildLines(), ...ec2Lines(), ...availabilityLines(), ...devtoolsLines(), ...scenarioLines()];
const emitted = new Set(corpus.map((l) => l.key));
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)[},]/g)].map((m) => m[1] ?? '');
/** Template keys that are phrases other templates refer to (`@msg:key`), not lines of their own. */
const referenced = new Set(corpus.flatMap((l) => Object.values(l.params).flatMap((v) => /^@msg:(.+)$/.exec(v)?.[1] ?? [])));

/** What no reader should see in a formula. */
function problems(text: string, lang: 'en' | 'es'): string[] {
  const found: string[] = [];
  if (/[{}]/.test(text)) found.push('an unfilled placeholder');
  if (/@msg:|undefined|NaN|Infinity|\[object /.test(text)) found.push('internal text');
  for (const id of SLA_CATALOG_IDS) if (new RegExp(`(^|[\\s(«"'])${id}($|[\\s).,:;»"'])`).test(text)) found.push(`the raw id ${id}`);
  if (/\$-?\d[\d,]*\.\d{5,}/.test(text) || /\d,\d{5,}\s?US\$/.test(text)) found.push('money with more than 4 decimals');
  if (lang === 'es') {
    if (/\$\d|\d\s?\$/.test(text.replace(/US\$/g, ''))) found.push('an English money amount');
    if (/\d,\d{3}(?!\d)/.test(text) && /\d,\d{3}[,.]\d/.test(text)) found.push('an English thousands separator');
    if (/(?<![\d.])\d{1,3}\.\d{1,2}(?![\d])/.test(text)) found.push('an English decimal point');
  }
  return found;
}

describe('one source per formula', () => {
  it('every English template has exactly one Spanish template, and nothing else', () => {
    expect(Object.keys(LINES_ES).sort()).toEqual(Object.keys(LINE_TEMPLATES).sort());
  });

  it('no two calculators use the same key', () => {
    const all = Object.values(LINE_CATALOGS).flatMap((c) => Object.keys(c));
    expect(all.length).toBe(new Set(all).size);
  });

  it('every line the engine emits comes from a template, and its text is that template filled in', () => {
    const missing = [...emitted].filter((k) => !(k in LINE_TEMPLATES));
    expect(missing).toEqual([]);
    for (const l of corpus) expect(l.text, l.key).toBe(renderLine(LINE_TEMPLATES, l.key, l.params));
  });

  it('every template is used by a real result (or is a phrase that one refers to)', () => {
    const unused = Object.keys(LINE_TEMPLATES).filter((k) => !emitted.has(k) && !referenced.has(k));
    expect(unused).toEqual([]);
  });

  it('each template uses only params that its lines carry', () => {
    for (const l of corpus) {
      for (const lang of ['en', 'es'] as const) {
        const template = lang === 'en' ? LINE_TEMPLATES[l.key] : LINES_ES[l.key];
        for (const p of placeholders(template ?? '')) expect(Object.keys(l.params), `${lang} ${l.key} {${p}}`).toContain(p);
      }
    }
  });

  it.each(['en', 'es'] as const)('every formula reads cleanly in %s: no placeholder, raw id or unformatted number', (lang) => {
    const bad: string[] = [];
    for (const l of corpus) {
      const text = localizeLine(lang, l);
      for (const p of problems(text, lang)) bad.push(`${l.key}: ${p}: ${text}`);
      // The template's own words (names given by users or examples blanked out) are in the language.
      if (lang === 'es') {
        const named = Object.fromEntries(Object.entries(l.params).map(([k, v]) => [k, /^@msg:|^[-$\d.,%\s]*$/.test(v) ? v : 'N']));
        const words = localizeLine('es', { ...l, params: named });
        if (/\b(sessions?|readers?|authors?|builds?|minutes?|hours?|per month|per year|instances?|capped|free tier|cost|downtime)\b/.test(words)) bad.push(`${l.key}: an English word: ${words}`);
        if (/ [x-] /.test(words)) bad.push(`${l.key}: an ASCII "x" or "-" where Spanish writes × and −: ${words}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });
});
