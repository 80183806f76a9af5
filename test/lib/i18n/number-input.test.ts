import { describe, expect, it } from 'vitest';
import { normalizeNumberInput, formatNumberInput } from '../../../src/lib/i18n/number-input.ts';

describe('number fields accept the language decimal separator', () => {
  it.each([
    ['0.30', 'en', '0.30'],
    ['1,234.5', 'en', '1234.5'],
    ['1,000', 'en', '1000'],
    ['200', 'en', '200'],
    [' 12 ', 'en', '12'],
    ['-3', 'en', '-3'],
    ['1e3', 'en', '1e3'],
    ['0,30', 'es', '0.30'],
    ['0.30', 'es', '0.30'],
    ['1.234,5', 'es', '1234.5'],
    ['1,234.5', 'es', '1234.5'],
    ['1 234,5', 'es', '1234.5'],
    ['1\u00a0234,5', 'es', '1234.5'],
    ['1.000.000', 'es', '1000000'],
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
    ['1,2,3', 'es', 'bad_grouping'],
    ['1.2.3', 'es', 'bad_grouping'],
    ['12,34.5', 'en', 'bad_grouping'],
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
