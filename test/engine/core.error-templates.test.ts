/**
 * Error messages (src/engine/error-templates.ts): which template an error uses (`errorKey`) and how
 * it is filled in (`renderError`: `@msg:` phrases, params the error does not carry, plurals and
 * the language's number writing).
 */
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, ERROR_TEMPLATES, errorKey, renderError } from '../../src/engine/error-templates.ts';
import { ERROR_PHRASES } from '../../src/engine/error-phrases.ts';

describe('errorKey', () => {
  it('a code without variants is "error.<code>"', () => {
    expect(errorKey('required', {})).toBe('error.required');
    expect(errorKey('not_a_number', { value: 'x' })).toBe('error.not_a_number');
    expect(errorKey('contact_sales', { sessions: '1' })).toBe('error.contact_sales');
  });

  it('the variant with the optional part when its param is given and not empty', () => {
    expect(errorKey('unknown_option', { value: 'a', allowed: 'b, c' })).toBe('error.unknown_option.allowed');
    expect(errorKey('unknown_option', { value: 'a', allowed: '' })).toBe('error.unknown_option');
    expect(errorKey('unknown_option', { value: 'a' })).toBe('error.unknown_option');
    expect(errorKey('unknown_price', { value: 'a', where: '@msg:error.where.slaCatalog' })).toBe('error.unknown_price.where');
    expect(errorKey('unknown_price', { value: 'a', where: '' })).toBe('error.unknown_price');
    expect(errorKey('unknown_price', { value: 'a' })).toBe('error.unknown_price');
    expect(errorKey('invalid_type', { expected: 'x', got: 'y' })).toBe('error.invalid_type.got');
    expect(errorKey('invalid_type', { expected: 'x', got: '' })).toBe('error.invalid_type');
    expect(errorKey('invalid_type', { expected: 'x' })).toBe('error.invalid_type');
    expect(errorKey('too_large', { value: '3', max: '2', count: '@msg:error.count.nodes' })).toBe('error.too_large.count');
    expect(errorKey('too_large', { value: '3', max: '2', count: '' })).toBe('error.too_large');
    expect(errorKey('too_large', { value: '3', max: '2' })).toBe('error.too_large');
  });

  it('too_much_work has a message per limit checked before evaluating; any other limit, or none, the general one', () => {
    expect(errorKey('too_much_work', { limit: 'replicaMembers' })).toBe('error.too_much_work.replicaMembers');
    expect(errorKey('too_much_work', { limit: 'kOfNMembers' })).toBe('error.too_much_work.kOfNMembers');
    expect(errorKey('too_much_work', { limit: 'nodes' })).toBe('error.too_much_work');
    expect(errorKey('too_much_work', { limit: 'chartPoints' })).toBe('error.too_much_work');
    expect(errorKey('too_much_work', { limit: '' })).toBe('error.too_much_work');
    expect(errorKey('too_much_work', {})).toBe('error.too_much_work');
  });

  it('a param that is not text (untyped JSON) counts as not given', () => {
    expect(errorKey('unknown_option', { value: 'a', allowed: 5 } as unknown as Record<string, string>)).toBe('error.unknown_option');
  });

  it('every key errorKey can return has an English message', () => {
    for (const k of ['error.unknown_option.allowed', 'error.unknown_price.where', 'error.invalid_type.got', 'error.too_large.count', 'error.too_much_work.replicaMembers', 'error.too_much_work.kOfNMembers']) {
      expect(Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, k)).toBe(true);
    }
  });
});

describe('renderError', () => {
  it('fills the key\'s template; a key without a template (also an Object.prototype name) gives undefined', () => {
    expect(renderError(ERROR_TEMPLATES, 'error.not_a_number', { value: 'abc' })).toBe('"abc" is not a number.');
    expect(renderError(ERROR_TEMPLATES, 'error.nope', { value: 'abc' })).toBeUndefined();
    expect(renderError(ERROR_TEMPLATES, 'toString', {})).toBeUndefined();
  });

  it('a param the error does not carry is left empty, never shown as "{value}"', () => {
    expect(renderError(ERROR_TEMPLATES, 'error.unknown_option.allowed', { value: 'week' })).toBe('"week" is not one of the allowed values ().');
    expect(renderError(ERROR_TEMPLATES, 'error.too_large', {})).toBe(' is too large (the most allowed is ).');
  });

  it('a missing plural count is empty too (the plural takes "other" rather than staying as written)', () => {
    expect(renderError(ERROR_TEMPLATES, 'error.contact_sales', {})).toBe(
      ' sessions per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.',
    );
    expect(renderError({ k: '{n, plural, one {# row} other {# rows}}!' }, 'k', {})).toBe(' rows!');
  });

  it('a "@msg:" param becomes that phrase of the catalog; a reference to an unknown key, or with other text, is quoted as given', () => {
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type.got', { expected: '@msg:error.expected.listOfPeriods', got: '@msg:error.got.null' })).toBe(
      'Expected a list of periods, got null.',
    );
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type', { expected: '@msg:error.nope' })).toBe('Expected @msg:error.nope.');
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type', { expected: '@msg:toString' })).toBe('Expected @msg:toString.');
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type', { expected: 'x @msg:error.expected.text' })).toBe('Expected x @msg:error.expected.text.');
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type', { expected: '@msg:error.expected.text.' })).toBe('Expected @msg:error.expected.text..');
  });

  it('phrase keys may hold dashes and underscores', () => {
    expect(renderError({ m: 'Expected {e}.', 'p-1_a.b': 'a thing' }, 'm', { e: '@msg:p-1_a.b' })).toBe('Expected a thing.');
  });

  it('a phrase quotes the error\'s other params, with its plural in the language: "got 1 row" / "got 5 rows"', () => {
    const params = (rows: string) => ({ expected: '@msg:error.expected.gridRows', got: '@msg:error.got.rows', rows });
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type.got', params('1'))).toBe('Expected 7 rows (Monday to Sunday), got 1 row.');
    expect(renderError(ERROR_TEMPLATES, 'error.invalid_type.got', params('5'))).toBe('Expected 7 rows (Monday to Sunday), got 5 rows.');
    expect(ERROR_PHRASES['error.got.rows']).toBe('{rows, plural, one {# row} other {# rows}}');
  });

  it('a phrase sees the plain params, not the other phrases', () => {
    const t = { m: '{a} / {b}', pa: 'A<{b}>', pb: 'B' };
    expect(renderError(t, 'm', { a: '@msg:pa', b: '@msg:pb' })).toBe('A<> / B');
  });

  it('another language: its catalog, its plural rules, and localize re-writing the plain params (never the phrases)', () => {
    const localize = (v: string): string => v.replace(/,/g, '.');
    // "1,000,000" written the Spanish way is "1.000.000", a million: CLDR's "many"
    const t = { m: 'Son {what}, como mucho {max}.', p: '{n, plural, one {# nodo} many {# de nodos} other {# nodos}}' };
    expect(renderError(t, 'm', { what: '@msg:p', n: '1,000,000', max: '5,000' }, 'es', localize)).toBe('Son 1.000.000 de nodos, como mucho 5.000.');
    expect(renderError(t, 'm', { what: '@msg:p', n: '1', max: '2' }, 'es', localize)).toBe('Son 1 nodo, como mucho 2.');
    // the phrase itself is not passed through localize
    expect(renderError({ m: '[{x}]', p: 'a,b' }, 'm', { x: '@msg:p' }, 'es', localize)).toBe('[a,b]');
  });

  it('by default English rules and the params as given', () => {
    const t = { m: '{what} ({v})', p: '{n, plural, one {# node} other {# nodes}}' };
    expect(renderError(t, 'm', { what: '@msg:p', n: '1', v: '1,5' })).toBe('1 node (1,5)');
    expect(renderError(t, 'm', { what: '@msg:p', n: '1,0', v: '1,5' })).toBe('1,0 nodes (1,5)');
  });
});

describe('renderError: only the error\'s own params fill the template', () => {
  it('a placeholder the error does not carry stays empty when the params also name phrases', () => {
    expect(renderError({ m: '[{S}] [{t}] {w}', p: 'x' }, 'm', { w: '@msg:p' })).toBe('[] [] x');
  });
});

describe('renderError: a plain param is never taken for a phrase', () => {
  it('even when the catalog has a key named "undefined"', () => {
    expect(renderError({ m: 'Expected {x}.', undefined: 'a phrase' }, 'm', { x: 'text' })).toBe('Expected text.');
  });
});
