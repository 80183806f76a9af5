/**
 * Line items (src/engine/explain.ts): a line carries its key, params, amount, kind and unit, and
 * its English text is the key's template filled in; a `@msg:<key>` param is another template of the
 * same catalog, filled in with the same params.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { line, lineMaker, renderLine } from '../../src/engine/explain.ts';

const TEMPLATES = {
  'demo.cost': '{count} builds x {price} = {total}',
  'demo.subject': '{subject} costs {total}',
  'demo.phrase.type': 'a {type} instance',
  'demo.phrase.plural': '{count, plural, one {# build} other {# builds}}',
  'demo.counted': 'For {what}: {total}',
  'demo-x.phrase_2': 'phrase with a dash and an underscore in its key',
  'demo.plain': 'No params here.',
} as const;

describe('renderLine', () => {
  it('fills the key\'s template with the params', () => {
    expect(renderLine(TEMPLATES, 'demo.cost', { count: '17', price: '$0.30', total: '$5.10' })).toBe('17 builds x $0.30 = $5.10');
    expect(renderLine(TEMPLATES, 'demo.plain', {})).toBe('No params here.');
  });

  it('a key without a template is written as the key itself (also a key named like an Object.prototype member)', () => {
    expect(renderLine(TEMPLATES, 'demo.missing', { total: '1' })).toBe('demo.missing');
    expect(renderLine(TEMPLATES, 'toString', {})).toBe('toString');
    expect(renderLine(TEMPLATES, 'constructor', {})).toBe('constructor');
  });

  it('a "@msg:<key>" param becomes that template, filled in with the same params', () => {
    expect(renderLine(TEMPLATES, 'demo.subject', { subject: '@msg:demo.phrase.type', type: 'm5.large', total: '$70.08' })).toBe('a m5.large instance costs $70.08');
  });

  it('a referred phrase renders its plural in English', () => {
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:demo.phrase.plural', count: '1', total: '$0.01' })).toBe('For 1 build: $0.01');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:demo.phrase.plural', count: '1,000', total: '$5.00' })).toBe('For 1,000 builds: $5.00');
  });

  it('phrase keys may hold points, dashes and underscores', () => {
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:demo-x.phrase_2', total: '$1' })).toBe('For phrase with a dash and an underscore in its key: $1');
  });

  it('a reference to a key the catalog lacks, or one with text around it, is quoted as it is', () => {
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:demo.nope', total: '$1' })).toBe('For @msg:demo.nope: $1');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:toString', total: '$1' })).toBe('For @msg:toString: $1');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: 'see @msg:demo.plain', total: '$1' })).toBe('For see @msg:demo.plain: $1');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:demo.plain!', total: '$1' })).toBe('For @msg:demo.plain!: $1');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: 'msg:demo.plain', total: '$1' })).toBe('For msg:demo.plain: $1');
    expect(renderLine(TEMPLATES, 'demo.counted', { what: '@msg:', total: '$1' })).toBe('For @msg:: $1');
  });

  it('a plain param is never taken for a reference, even when the catalog has a key named "undefined"', () => {
    expect(renderLine({ main: 'For {what}', undefined: 'a phrase' }, 'main', { what: 'EC2' })).toBe('For EC2');
  });

  it('a referred phrase is filled with the original params, and the params given are not changed', () => {
    // the phrase quotes {what}, itself a reference: it sees the reference text, not the phrase
    const templates = { main: '[{a}] [{b}]', pa: 'A({b})', pb: 'B' };
    const params = Object.freeze({ a: '@msg:pa', b: '@msg:pb' });
    expect(renderLine(templates, 'main', params)).toBe('[A(@msg:pb)] [B]');
    expect(params).toEqual({ a: '@msg:pa', b: '@msg:pb' });
  });
});

describe('lineMaker', () => {
  const make = lineMaker(TEMPLATES);

  it('a line has its key, amount, params, kind and unit; text is the English template filled in', () => {
    const amount = new Decimal('5.10');
    const l = make('demo.cost', amount, { count: '17', price: '$0.30', total: '$5.10' }, 'credit', 'build-minutes');
    expect([l.key, l.amount, l.kind, l.unit]).toEqual(['demo.cost', amount, 'credit', 'build-minutes']);
    expect(l.params).toEqual({ count: '17', price: '$0.30', total: '$5.10' });
    expect(l.text).toBe('17 builds x $0.30 = $5.10');
  });

  it('by default a line is a cost in USD without params', () => {
    const l = make('demo.plain', new Decimal(0));
    expect([l.kind, l.unit, l.params, l.text]).toEqual(['cost', 'USD', {}, 'No params here.']);
  });

  it('the line and its params are frozen copies: changing the caller\'s object afterwards changes nothing', () => {
    const params: Record<string, string> = { subject: '@msg:demo.phrase.type', type: 't3.micro', total: '$7.59' };
    const l = make('demo.subject', new Decimal('7.59'), params, 'info', 'hours');
    params.type = 'changed';
    params.extra = 'x';
    expect(l.params).toEqual({ subject: '@msg:demo.phrase.type', type: 't3.micro', total: '$7.59' });
    expect(l.text).toBe('a t3.micro instance costs $7.59');
    expect(Object.isFrozen(l)).toBe(true);
    expect(Object.isFrozen(l.params)).toBe(true);
    expect(Object.keys(l)).toEqual(['key', 'text', 'amount', 'params', 'kind', 'unit']);
  });

  it('a param named "__proto__" (from JSON) is kept as an own param, not turned into a prototype', () => {
    const params = JSON.parse('{"__proto__": "x", "total": "$1"}') as Record<string, string>;
    const l = make('demo.counted', new Decimal(1), params);
    expect(Object.prototype.hasOwnProperty.call(l.params, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(l.params)).toBe(Object.prototype);
    expect(Object.keys(l.params)).toEqual(['__proto__', 'total']);
    expect(l.text).toBe('For {what}: $1');
  });
});

describe('line (deprecated: the caller writes the text)', () => {
  it('keeps the text given, with frozen copied params; defaults are a cost in USD without params', () => {
    const params: Record<string, string> = { n: '3' };
    const l = line('demo.anything', '3 things', new Decimal(3), params, 'info', 'things');
    params.n = '4';
    expect([l.key, l.text, l.amount.toString(), l.params, l.kind, l.unit]).toEqual(['demo.anything', '3 things', '3', { n: '3' }, 'info', 'things']);
    expect(Object.isFrozen(l) && Object.isFrozen(l.params)).toBe(true);
    const d = line('demo.x', 'x', new Decimal(1));
    expect([d.params, d.kind, d.unit]).toEqual([{}, 'cost', 'USD']);
  });

  it('a "__proto__" param is kept as an own param here too', () => {
    const l = line('demo.x', 'x', new Decimal(1), JSON.parse('{"__proto__": "y"}') as Record<string, string>);
    expect(Object.keys(l.params)).toEqual(['__proto__']);
    expect(l.params['__proto__']).toBe('y');
  });
});
