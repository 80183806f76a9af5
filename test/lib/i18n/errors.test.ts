/**
 * One source per error message: the engine gives every EngineError a key and params; each
 * language has one template per key (English: src/engine/error-templates.ts and error-phrases.ts,
 * Spanish: src/lib/i18n/lines/errors.ts and error-phrases.ts). Real errors (every example scenario
 * with one value or one catalog price replaced by a bad one, plus a few inputs by hand:
 * corpus/errors.ts) are rendered in both languages; a missing template, a leftover placeholder or
 * `@msg:`, or an English phrase in a Spanish message fails.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES, ERROR_PHRASES, ERROR_TEMPLATES, EngineError, errorKey, renderError, type ErrorCode } from '../../../src/engine/index.ts';
import { ERRORS_ES } from '../../../src/lib/i18n/lines/errors.ts';
import { localizeError } from '../../../src/lib/i18n/localize.ts';
import { glossaryViolations } from '../../../src/lib/i18n/glossary.ts';
import { errorCorpus, catalogBugs } from './corpus/errors.ts';

const corpus = errorCorpus();
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)[},]/g)].map((m) => m[1] ?? '');

/** Keys no input reaches today, kept as a fallback: too_much_work for a limit without a message of its own. */
const FALLBACKS = new Set(['error.too_much_work']);

/** English a Spanish message must not carry (JSON field lists like "{ days, start, end }" aside). */
const ENGLISH = /\b(a list|an object|expected|got|true or false|the|is not|must|allowed|of|per year|price table|sessions?|none|text|number|string|object)\b/i;

/** What no reader should see in an error message. */
function problems(text: string, lang: 'en' | 'es'): string[] {
  const found: string[] = [];
  if (/\{\w+\}|\{\w+, plural/.test(text)) found.push('an unfilled placeholder');
  if (/@msg:|undefined|NaN|\[object /.test(text)) found.push('internal text');
  if (lang === 'es') {
    // Field names in braces and values the person wrote (quoted) are theirs, not the message's words.
    const words = text.replace(/\{[^{}]*\}/g, '').replace(/"[^"]*"/g, '');
    const english = ENGLISH.exec(words);
    if (english) found.push(`the English "${english[0]}"`);
  }
  return found;
}

/** Every ErrorCode, read from the union in src/engine/errors.ts. */
const CODES = [...readFileSync('src/engine/errors.ts', 'utf8').matchAll(/^\s+\| '([a-z_]+)'/gm)].map((m) => m[1] as ErrorCode);

function engineSources(dir = 'src/engine'): string {
  return readdirSync(dir)
    .map((f) => join(dir, f))
    .map((p) => (statSync(p).isDirectory() ? engineSources(p) : p.endsWith('.ts') ? readFileSync(p, 'utf8') : ''))
    .join('\n');
}

describe('the error catalogs', () => {
  it('Spanish has exactly the English keys, messages and phrases', () => {
    expect(Object.keys(ERRORS_ES).sort()).toEqual(Object.keys(ERROR_TEMPLATES).sort());
    expect(Object.keys(ERROR_TEMPLATES).length).toBe(Object.keys(ERROR_MESSAGES).length + Object.keys(ERROR_PHRASES).length);
  });

  it('every error code has its template', () => {
    expect(CODES.length).toBeGreaterThan(20);
    for (const code of CODES) expect(ERROR_MESSAGES, code).toHaveProperty([errorKey(code, {})]);
  });

  it('a Spanish template uses only placeholders its English one has, and no English words', () => {
    for (const [key, en] of Object.entries(ERROR_TEMPLATES)) {
      const es = ERRORS_ES[key] ?? '';
      for (const p of placeholders(es)) expect(placeholders(en), `${key} uses {${p}}`).toContain(p);
      const words = es.replace(/\{\w+, plural,|\{[^{}]*\}/g, '').replace(/"[^"]*"/g, '');
      expect(ENGLISH.exec(words)?.[0], `${key}: ${es}`).toBeUndefined();
    }
  });

  it('both languages follow the glossary, with real plurals', () => {
    const bad = [
      ...Object.entries(ERROR_TEMPLATES).flatMap(([key, text]) => glossaryViolations('en', text).map((v) => `${key}: ${v}`)),
      ...Object.entries(ERRORS_ES).flatMap(([key, text]) => glossaryViolations('es', text).map((v) => `${key}: ${v}`)),
      ...[...Object.entries(ERROR_TEMPLATES), ...Object.entries(ERRORS_ES)].filter(([, text]) => /\p{L}\((s|es|as|os)\)/u.test(text)).map(([key]) => `${key}: a lazy plural`),
    ];
    expect(bad).toEqual([]);
  });

  it('every phrase is named by the engine, and every phrase the engine names exists', () => {
    const src = engineSources();
    const named = new Set([...src.matchAll(/'@msg:(error\.[\w.-]+)'/g)].map((m) => m[1] ?? ''));
    // describeRef (quote.ts) names error.got.<typeof>.
    for (const t of ['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined', 'object', 'function', 'null', 'list']) named.add(`error.got.${t}`);
    expect([...named].filter((k) => !(k in ERROR_PHRASES)), 'named but missing').toEqual([]);
    expect(Object.keys(ERROR_PHRASES).filter((k) => !named.has(k)), 'never named').toEqual([]);
  });
});

describe('real errors in both languages', () => {
  it('the corpus reaches every message template (but the fallbacks)', () => {
    const keys = new Set(corpus.map((e) => e.key));
    expect(Object.keys(ERROR_MESSAGES).filter((k) => !keys.has(k) && !FALLBACKS.has(k))).toEqual([]);
    expect(catalogBugs).toEqual([]);
  });

  it('every error carries the params its template quotes, and its English message is the template filled in', () => {
    for (const e of corpus) {
      const template = ERROR_MESSAGES[e.key as keyof typeof ERROR_MESSAGES];
      expect(template, e.key).toBeDefined();
      for (const p of placeholders(template)) expect(e.params, `${e.key} at ${e.path}`).toHaveProperty([p]);
      expect(e.plainMessage).toBe(renderError(ERROR_TEMPLATES, e.key, e.params));
      expect(localizeError('en', e)).toBe(e.plainMessage);
    }
  });

  it.each(['en', 'es'] as const)('no message in %s shows a placeholder, an internal ref or English words', (lang) => {
    const bad: string[] = [];
    for (const e of corpus) {
      const text = localizeError(lang, e);
      for (const p of problems(text, lang)) bad.push(`${e.key} at ${e.path}: ${p} in "${text}"`);
    }
    expect(bad).toEqual([]);
  });

  it('an error passed on as plain data (from the worker: no key) reads the same', () => {
    for (const e of corpus) expect(localizeError('es', { code: e.code, params: { ...e.params } })).toBe(localizeError('es', e));
  });
});

describe('every phrase in both languages', () => {
  /** The message each kind of phrase fills. */
  const use = (phrase: string): EngineError => {
    const ref = `@msg:${phrase}`;
    if (phrase.startsWith('error.where.')) return new EngineError('unknown_price', 'p', { value: 'm7g.huge', where: ref });
    if (phrase.startsWith('error.got.')) return new EngineError('invalid_type', 'p', { expected: '@msg:error.expected.object', got: ref, rows: '6', cells: '23' });
    if (phrase.startsWith('error.allowed.')) return new EngineError('unknown_option', 'p', { value: 'calendar', allowed: ref });
    if (phrase.startsWith('error.count.')) return new EngineError('too_large', 'p', { value: ref, count: '5,001', max: '5000' });
    return new EngineError('invalid_type', 'p', { expected: ref });
  };

  it.each(Object.keys(ERROR_PHRASES))('%s', (phrase) => {
    const e = use(phrase);
    expect(e.plainMessage).toContain(ERROR_PHRASES[phrase as keyof typeof ERROR_PHRASES].replace(/\{.*\}$/, '').slice(0, 8));
    for (const lang of ['en', 'es'] as const) expect(problems(localizeError(lang, e), lang), localizeError(lang, e)).toEqual([]);
  });

  it('a phrase quoting a count reads it in each language', () => {
    const e = new EngineError('invalid_type', 'g', { expected: '@msg:error.expected.gridRows', got: '@msg:error.got.rows', rows: '1' });
    expect(e.plainMessage).toBe('Expected 7 rows (Monday to Sunday), got 1 row.');
    expect(localizeError('es', e)).toBe('Se esperaba 7 filas (de lunes a domingo), pero se recibió 1 fila.');
    const many = new EngineError('too_large', 'volumes', { value: '@msg:error.count.volumes', count: '101', max: '100' });
    expect(many.plainMessage).toBe('101 volumes is too large (the most allowed is 100).');
    expect(localizeError('es', many)).toBe('101 volúmenes son demasiados (el máximo es 100).');
  });
});
