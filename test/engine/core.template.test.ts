/**
 * Message templates (src/engine/template.ts): `{name}` placeholders and ICU-style plurals, the one
 * way every line item and error message is written. The UI tests (test/lib/i18n) render the
 * catalogs; these pin the function itself, in the engine suite.
 */
import { describe, expect, it } from 'vitest';
import { interpolate, pluralCategory } from '../../src/engine/template.ts';

const READERS = '{n, plural, one {# reader} other {# readers}}';

describe('interpolate: placeholders', () => {
  it('fills every {name} with its param, names of several characters, digits and underscores included', () => {
    expect(interpolate('{a} x {price_1} = {total}', { a: '17', price_1: '$0.30', total: '$5.10' })).toBe('17 x $0.30 = $5.10');
    expect(interpolate('{a}{a}', { a: 'x' })).toBe('xx');
  });

  it('leaves an unknown placeholder visible instead of writing "undefined"', () => {
    expect(interpolate('{a} and {b}', { a: '1' })).toBe('1 and {b}');
    expect(interpolate('{a}')).toBe('{a}');
  });

  it('a placeholder named like an Object.prototype member is unknown unless the params own it', () => {
    expect(interpolate('{toString} {constructor}', {})).toBe('{toString} {constructor}');
    expect(interpolate('{toString}', { toString: 'own' } as Record<string, string>)).toBe('own');
  });

  it('an own param that is undefined (untyped JSON) leaves the placeholder visible', () => {
    expect(interpolate('[{a}]', { a: undefined } as unknown as Record<string, string>)).toBe('[{a}]');
  });

  it('text that is not a placeholder is kept: "{ }", "{a b}", braces around punctuation', () => {
    expect(interpolate('a volume { type, sizeGb, count }', { type: 'gp3' })).toBe('a volume { type, sizeGb, count }');
    expect(interpolate('{a b} {-} {}', { a: '1', b: '2' })).toBe('{a b} {-} {}');
  });
});

describe('interpolate: plurals', () => {
  it('chooses the branch of the count in English (1 is "one", 0, 2 and 1,000 are "other"), "#" is the count as written', () => {
    expect(interpolate(READERS, { n: '1' })).toBe('1 reader');
    expect(interpolate(READERS, { n: '0' })).toBe('0 readers');
    expect(interpolate(READERS, { n: '2' })).toBe('2 readers');
    expect(interpolate(READERS, { n: '1,000' })).toBe('1,000 readers');
  });

  it('the default language is English', () => {
    expect(interpolate(READERS, { n: '1' })).toBe(interpolate(READERS, { n: '1' }, 'en'));
    // "1,0" is ten in English (a thousands comma), one with a decimal in Spanish
    expect(interpolate(READERS, { n: '1,0' })).toBe('1,0 readers');
  });

  it('in Spanish: one, and "many" for a round million, falling back to "other" when there is no "many" branch', () => {
    const t = '{n, plural, one {# lector} many {# de lectores} other {# lectores}}';
    expect(interpolate(t, { n: '1' }, 'es')).toBe('1 lector');
    expect(interpolate(t, { n: '2' }, 'es')).toBe('2 lectores');
    // 1.000.000 is a million in Spanish: CLDR's "many"
    expect(interpolate(t, { n: '1.000.000' }, 'es')).toBe('1.000.000 de lectores');
    expect(interpolate('{n, plural, one {# lector} other {# lectores}}', { n: '1.000.000' }, 'es')).toBe('1.000.000 lectores');
  });

  it('every "#" of the branch is the count; other placeholders of the branch are filled too', () => {
    expect(interpolate('{n, plural, one {# (#) copy of {name}} other {# (#) copies of {name} in {where}}}', { n: '3', name: 'EC2', where: 'us-east-1' })).toBe(
      '3 (3) copies of EC2 in us-east-1',
    );
    expect(interpolate('{n, plural, one {# copy of {name}} other {# copies}}', { n: '1', name: 'EC2' })).toBe('1 copy of EC2');
  });

  it('a branch may be empty or hold only a placeholder', () => {
    expect(interpolate('x{n, plural, one {} other {s}}', { n: '1' })).toBe('x');
    expect(interpolate('{n, plural, one {{name}} other {{name}s}}', { n: '2', name: 'run' })).toBe('runs');
  });

  it('several plurals in one template, and text around them', () => {
    const t = 'Total: {a, plural, one {# author} other {# authors}} and {r, plural, one {# reader} other {# readers}}.';
    expect(interpolate(t, { a: '1', r: '12' })).toBe('Total: 1 author and 12 readers.');
    expect(interpolate(t, { a: '5', r: '1' })).toBe('Total: 5 authors and 1 reader.');
  });

  it('spacing: no space or several spaces between branches, before a branch text and before the closing brace', () => {
    expect(interpolate('{n, plural,one{# a}other{# b}}', { n: '1' })).toBe('1 a');
    expect(interpolate('{n, plural,one{# a}other{# b}}', { n: '2' })).toBe('2 b');
    expect(interpolate('{n, plural,   one   {# a}   other   {# b}   }', { n: '2' })).toBe('2 b');
    expect(interpolate('{n, plural,\n  one {# a}\n  other {# b}\n}', { n: '1' })).toBe('1 a');
  });

  it('an exact-value branch ("=0") does not stop the plural from rendering', () => {
    expect(interpolate('{n, plural, =0 {none} one {# item} other {# items}}', { n: '2' })).toBe('2 items');
  });

  it('a branch text may hold several placeholders with text between them', () => {
    expect(interpolate('{n, plural, one {# of {a} and {b}} other {# of {a}, {b} and {c}}}', { n: '4', a: 'x', b: 'y', c: 'z' })).toBe('4 of x, y and z');
  });

  it('a plural whose count is missing is left as written', () => {
    expect(interpolate(READERS, {})).toBe(READERS);
    expect(interpolate(`${READERS} by {who}`, { who: 'me' })).toBe(`${READERS} by me`);
  });

  it('a plural named like an Object.prototype member is left as written unless the params own it', () => {
    const t = '{toString, plural, one {# a} other {# b}}';
    expect(interpolate(t, {})).toBe(t);
    expect(interpolate(t, { toString: '2' } as Record<string, string>)).toBe('2 b');
  });

  it('a plural without the branch of its category nor "other" is left as written', () => {
    const t = '{n, plural, one {# reader}}';
    expect(interpolate(t, { n: '1' })).toBe('1 reader');
    expect(interpolate(t, { n: '2' })).toBe(t);
  });

  it('a count that is not a number takes "other"', () => {
    expect(interpolate(READERS, { n: 'some' })).toBe('some readers');
  });

  it('a template without plurals containing "plural" is filled as usual', () => {
    expect(interpolate('{n} plural forms, {m}', { n: '2', m: 'x' })).toBe('2 plural forms, x');
  });
});

describe('pluralCategory', () => {
  it('numbers: 1 and -1 are "one" in English, 0 and 2 "other"; a million is "many" in Spanish', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', -1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('en', 2)).toBe('other');
    expect(pluralCategory('es', 1)).toBe('one');
    expect(pluralCategory('es', 1_000_000)).toBe('many');
    expect(pluralCategory('es', 2)).toBe('other');
  });

  it('English text: commas group thousands, a point starts the decimals, visible decimals count ("1.0" is plural)', () => {
    expect(pluralCategory('en', '1')).toBe('one');
    expect(pluralCategory('en', '-1')).toBe('one');
    expect(pluralCategory('en', '1.0')).toBe('other');
    expect(pluralCategory('en', '1.00')).toBe('other');
    expect(pluralCategory('en', '0.1')).toBe('other');
    expect(pluralCategory('en', '1,000')).toBe('other');
    expect(pluralCategory('en', '1,000,000')).toBe('other');
  });

  it('Spanish text: points group thousands, a comma starts the decimals ("1,0" is still singular in Spanish)', () => {
    expect(pluralCategory('es', '1')).toBe('one');
    expect(pluralCategory('es', '1,0')).toBe('one');
    expect(pluralCategory('es', '1,00')).toBe('one');
    expect(pluralCategory('es', '-1')).toBe('one');
    expect(pluralCategory('es', '1,5')).toBe('other');
    expect(pluralCategory('es', '1.000')).toBe('other');
    expect(pluralCategory('es', '1.000.000')).toBe('many');
    expect(pluralCategory('es', '2.000.000')).toBe('many');
    expect(pluralCategory('es', '1.000.000,5')).toBe('other');
  });

  it('spaces, no-break spaces and narrow no-break spaces around or inside the number are ignored', () => {
    expect(pluralCategory('en', ' 1 ')).toBe('one');
    expect(pluralCategory('en', '\u00a01')).toBe('one');
    expect(pluralCategory('en', '1\u202f')).toBe('one');
    expect(pluralCategory('es', '1\u00a0000\u00a0000')).toBe('many');
    expect(pluralCategory('es', '1\u202f000\u202f000')).toBe('many');
  });

  it('text that is not a number written in the page language is "other", even where JavaScript would read a 1', () => {
    for (const t of ['', 'one', '+1', '1e0', '0x1', '1.', '.1', '--1', '1-', 'Infinity', 'a1', '1a']) expect([t, pluralCategory('en', t)]).toEqual([t, 'other']);
    expect(pluralCategory('es', '1e0')).toBe('other');
  });

  it('the same count asked again, and in the other language in between, keeps its category (rules kept per language and decimals)', () => {
    expect([pluralCategory('en', '1.0'), pluralCategory('es', '1,0'), pluralCategory('en', '1.0'), pluralCategory('es', '1,0')]).toEqual(['other', 'one', 'other', 'one']);
    expect([pluralCategory('es', 1_000_000), pluralCategory('en', 1_000_000), pluralCategory('es', 1_000_000)]).toEqual(['many', 'other', 'many']);
    expect([pluralCategory('es', '1'), pluralCategory('en', '1.0'), pluralCategory('en', '1')]).toEqual(['one', 'other', 'one']);
  });
});
