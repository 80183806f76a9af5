/**
 * Natural Spanish (and English): one word per concept (the glossary), real plurals chosen by
 * Intl.PluralRules instead of "componente(s)", and no text that names an internal file.
 */
import { describe, expect, it } from 'vitest';
import { messages, registerBundles } from '../../../src/lib/i18n/messages/index.ts';
import { allBundles } from '../../../src/lib/i18n/messages/all.ts';
import { glossaryViolations } from '../../../src/lib/i18n/glossary.ts';
import { interpolate } from '../../../src/lib/i18n/define.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';

registerBundles(allBundles);

describe('every message follows the glossary', () => {
  it.each(['en', 'es'] as const)('%s messages use no forbidden synonym', (lang) => {
    const bad = Object.entries(messages[lang]).flatMap(([key, text]) => glossaryViolations(lang, text).map((v) => `${key}: ${v}`));
    expect(bad).toEqual([]);
  });

  it.each(['en', 'es'] as const)('%s messages have no lazy plural like "component(s)" and name no internal file', (lang) => {
    const bad = Object.entries(messages[lang]).filter(([, text]) => /\p{L}\((s|es|as|os)\)/u.test(text) || /domain\.md|\.ts\b|src\//.test(text));
    expect(bad).toEqual([]);
  });

  it('the glossary check finds a forbidden word and ignores a longer word that contains it', () => {
    expect(glossaryViolations('es', 'Coste mensual')).toEqual(['coste (use "costo")']);
    expect(glossaryViolations('es', 'El tiempo de caída permitido')).toEqual(['tiempo de caída (use "tiempo de inactividad")']);
    expect(glossaryViolations('es', 'Costo mensual, costeo')).toEqual([]);
  });
});

describe('counts choose their words with Intl.PluralRules', () => {
  it('picks the singular for exactly one, in either language', () => {
    const t = '{n, plural, one {# lector} other {# lectores}}';
    expect(interpolate(t, { n: '1' }, 'es')).toBe('1 lector');
    expect(interpolate(t, { n: '2' }, 'es')).toBe('2 lectores');
    expect(interpolate(t, { n: '0' }, 'es')).toBe('0 lectores');
    // "1.000" is a thousand in Spanish; "1,5" is a decimal and takes the plural
    expect(interpolate(t, { n: '1.000' }, 'es')).toBe('1.000 lectores');
    expect(interpolate(t, { n: '1,5' }, 'es')).toBe('1,5 lectores');
    expect(interpolate('{n, plural, one {# reader} other {# readers}}', { n: '1' }, 'en')).toBe('1 reader');
    expect(interpolate('{n, plural, one {# reader} other {# readers}}', { n: '1,000' }, 'en')).toBe('1,000 readers');
  });

  it('a branch may hold other placeholders; a missing count leaves the template visible', () => {
    expect(interpolate('{n, plural, one {# copia de {name}} other {# copias de {name}}}', { n: '1', name: 'EC2' }, 'es')).toBe('1 copia de EC2');
    expect(interpolate('{n, plural, one {# x} other {# xs}}', {}, 'en')).toBe('{n, plural, one {# x} other {# xs}}');
  });

  it('the QuickSight group total says "1 lector" / "1 reader", not "1 lectores"', () => {
    const es = new I18n('es');
    const en = new I18n('en');
    expect(es.t('qs.group.total', { total: '3,00 US$', readers: '1' })).toBe('3,00 US$ por 1 lector');
    expect(en.t('qs.group.total', { total: '$3.00', readers: '1' })).toBe('$3.00 for 1 reader');
    expect(es.t('availability.slaFloorMore', { count: 1 })).toMatch(/^1 componente toma su disponibilidad/);
    expect(es.t('availability.slaFloorMore', { count: 3 })).toMatch(/^3 componentes toman su disponibilidad/);
  });
});
