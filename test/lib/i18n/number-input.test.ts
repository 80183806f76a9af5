import { describe, expect, it } from 'vitest';
import { normalizeNumberInput, formatNumberInput } from '../../../src/lib/i18n/number-input.ts';

describe('number fields read numbers the way the page language writes them', () => {
  it.each([
    // English: "." decimal point, "," thousands
    ['0.30', 'en', '0.30'],
    ['1,234.5', 'en', '1234.5'],
    ['1,000', 'en', '1000'],
    ['1,000,000', 'en', '1000000'],
    ['200', 'en', '200'],
    [' 12 ', 'en', '12'],
    ['-3', 'en', '-3'],
    ['1e3', 'en', '1e3'],
    ['1.000', 'en', '1.000'], // a price: one dollar (a count would be refused, below)
    ['0.300', 'en', '0.300'], // a leading 0 cannot start a thousands group: only one reading
    // Spanish: "," decimal, "." thousands (as the page writes 40.800 and 1.600.000)
    ['1.000', 'es', '1000'],
    ['1.000,5', 'es', '1000.5'],
    ['0,30', 'es', '0.30'],
    ['40.800', 'es', '40800'],
    ['1.600.000', 'es', '1600000'],
    ['1,5', 'es', '1.5'],
    ['0,300', 'es', '0.300'],
    ['12,3456', 'es', '12.3456'],
    // a point that cannot group thousands is a decimal point (much of Latin America writes 0.30)
    ['0.30', 'es', '0.30'],
    ['2.5', 'es', '2.5'],
    ['1,234.5', 'es', '1234.5'],
    ['1 234,5', 'es', '1234.5'],
    ['1\u00a0234,5', 'es', '1234.5'],
    [',5', 'es', '0.5'],
  ] as const)('%s in %s reads as %s', (raw, lang, expected) => {
    expect(normalizeNumberInput(raw, lang)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'en', 'required'],
    ['   ', 'es', 'required'],
    ['abc', 'en', 'not_a_number'],
    ['0,30', 'en', 'decimal_comma'],
    ['1,23', 'en', 'decimal_comma'],
    ['1.000,5', 'en', 'decimal_comma'],
    ['1,2,3', 'es', 'bad_grouping'],
    ['1.2.3', 'es', 'bad_grouping'],
    ['1.00.000', 'es', 'bad_grouping'],
    ['12,34.5', 'en', 'bad_grouping'],
    ['1,0000', 'en', 'decimal_comma'],
    ['1..2', 'en', 'not_a_number'],
    ['--1', 'en', 'not_a_number'],
    ['0x10', 'en', 'not_a_number'],
    ['Infinity', 'en', 'not_a_number'],
    ['NaN', 'es', 'not_a_number'],
  ] as const)('%j in %s is refused as %s', (raw, lang, code) => {
    const r = normalizeNumberInput(raw, lang);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });

  it('refuses "1,000" in Spanish instead of guessing one or a thousand, and names both readings', () => {
    // es: "," is the decimal separator (1,000 = 1), but much of Latin America writes a thousand as 1,000
    expect(normalizeNumberInput('1,000', 'es')).toEqual({
      ok: false,
      code: 'ambiguous_separator',
      value: '1,000',
      params: { value: '1,000', plain: '1000', thousands: '1.000', decimal: '1' },
    });
    const r = normalizeNumberInput('2,500', 'es', { integer: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.params).toMatchObject({ plain: '2500', thousands: '2.500', decimal: '2,5' });
  });

  it('refuses "1.000" for a count in English (a decimal there, a thousand in Spanish)', () => {
    const r = normalizeNumberInput('1.000', 'en', { integer: true });
    expect(r).toMatchObject({ ok: false, code: 'ambiguous_separator', params: { plain: '1000', thousands: '1,000', decimal: '1' } });
    // the page's own grouping is never ambiguous
    expect(normalizeNumberInput('1,000', 'en', { integer: true })).toEqual({ ok: true, value: '1000' });
    expect(normalizeNumberInput('1.000', 'es', { integer: true })).toEqual({ ok: true, value: '1000' });
  });

  it('shows decimals with a comma in Spanish and a point in English', () => {
    expect(formatNumberInput('0.30', 'es')).toBe('0,30');
    expect(formatNumberInput('0.30', 'en')).toBe('0.30');
  });
});

describe('engine numbers inside formulas follow the page language', () => {
  it('reformats money and numbers in Spanish and leaves names, dates and types alone', async () => {
    const { localizeText } = await import('../../../src/lib/i18n/format.ts');
    expect(localizeText('es', '$186.00 + $6.08 = $192.08')).toBe('186,00\u00a0US$ + 6,08\u00a0US$ = 192,08\u00a0US$');
    expect(localizeText('es', '17 sessions x 0.30')).toBe('17 sessions x 0,30');
    expect(localizeText('es', 't3.medium in us-east-1, 2026-03, general1.small')).toBe('t3.medium in us-east-1, 2026-03, general1.small');
    expect(localizeText('es', '12,345.5 h')).toBe('12.345,5 h');
    expect(localizeText('en', '$1,000.00')).toBe('$1,000.00');
  });
});
