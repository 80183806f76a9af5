/**
 * Architecture nodes (availability/tree.ts): every node needs a text id of 1 to 100 characters,
 * unique in the tree; a name is optional text, cut to 200 characters, and a blank one falls back
 * to the id; a tree holds at most 5,000 nodes.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NODES, parseArchitecture } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

const leaf = (id: unknown, extra: Record<string, unknown> = {}) => ({ kind: 'component', id, percent: '99.9', ...extra });

describe('architecture node ids and names', () => {
  it('ids: required, text of 1 to 100 characters, unique', () => {
    for (const missing of [undefined, null, '']) {
      const e = errorOf(() => parseArchitecture(leaf(missing), {}, 'a'));
      expect([e.code, e.path]).toEqual(['required', 'a.id']);
    }
    const blank = errorOf(() => parseArchitecture(leaf('   '), {}, 'a'));
    expect([blank.code, blank.path, phraseText(blank.params.expected), phraseText(blank.params.got)]).toEqual(['invalid_type', 'a.id', 'a text id of 1 to 100 characters', 'a blank or long text']);
    expect(phraseText(errorOf(() => parseArchitecture(leaf('x'.repeat(101)))).params.got)).toBe('a blank or long text');
    expect(parseArchitecture(leaf('x'.repeat(100))).id).toBe('x'.repeat(100));
    expect(phraseText(errorOf(() => parseArchitecture(leaf(7))).params.got)).toBe('number');
    const dup = errorOf(() => parseArchitecture({ kind: 'series', id: 's', children: [leaf('a'), leaf('a')] }));
    expect([dup.code, dup.path, phraseText(dup.params.value)]).toEqual(['duplicate_id', 'children.1.id', 'a']);
  });

  it('names: text, cut to 200 characters; blank or absent means the id', () => {
    expect(parseArchitecture(leaf('db', { name: 'Database' })).name).toBe('Database');
    expect(parseArchitecture(leaf('db', { name: '   ' })).name).toBe('db');
    expect(parseArchitecture(leaf('db', { name: null })).name).toBe('db');
    expect(parseArchitecture(leaf('db')).name).toBe('db');
    expect(parseArchitecture(leaf('db', { name: 'n'.repeat(250) })).name).toBe('n'.repeat(200));
    const e = errorOf(() => parseArchitecture(leaf('db', { name: 5 }), {}, 'a'));
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'a.name', 'a text name', 'number']);
  });

  it('at most 5,000 nodes: a series of 4,999 components fits, one more is too large', () => {
    const children = (n: number) => Array.from({ length: n }, (_, i) => leaf(`c${i}`));
    expect(() => parseArchitecture({ kind: 'series', id: 'root', children: children(MAX_NODES - 1) })).not.toThrow();
    const e = errorOf(() => parseArchitecture({ kind: 'series', id: 'root', children: children(MAX_NODES) }));
    expect([e.code, e.path, phraseText(e.params.value, e.params), e.params.max]).toEqual(['too_large', `children.${MAX_NODES - 1}`, '5001 nodes', '5000']);
  });
});
