/**
 * Turns what a person types into a number field into the engine's decimal string, by the
 * rules of the page language. The page writes numbers one way (English "1,234.5", Spanish
 * "1.234,5"); a field reads that way first and never guesses silently between two readings.
 *
 * - A group separator groups exactly three digits ("1.000.000"; "1.00" is not grouping), and the
 *   first group has 1 to 3 digits and does not start with 0.
 * - English: "." is the decimal point and "," groups thousands. A decimal comma ("0,30") is refused
 *   with its own message.
 * - Spanish: "," is the decimal separator and "." groups thousands ("1.000" = 1000,
 *   "1.000,5" = 1000.5, "0,30" = 0.3). A point that cannot be grouping ("0.30", "2.5") is read
 *   as a decimal point, as much of Latin America writes it; with both marks, the last one is the
 *   decimal separator ("1,234.5" = 1234.5).
 * - Ambiguous: one separator followed by exactly three digits, after 1 to 3 digits that do not
 *   start with 0, reads as thousands in one convention and as a decimal in the other. The page's
 *   own grouping wins ("1.000" in Spanish, "1,000" in English are 1000). The other case gets a
 *   message instead of a guess: "1,000" in Spanish (a thousand in much of Latin America, one in
 *   Spain) always, and "1.000" in English when the field takes a whole number (a count).
 * Spaces (including the non-breaking ones Intl prints) group thousands in both.
 */
export type Lang = 'en' | 'es';

export type NumberInputCode = 'required' | 'not_a_number' | 'decimal_comma' | 'bad_grouping' | 'ambiguous_separator';

export type NumberInputResult =
  | { ok: true; value: string }
  | { ok: false; code: NumberInputCode; value: string; params?: Readonly<Record<string, string>> };

export interface NumberInputOptions {
  /** The field takes a whole number (a count): "1.000" in English is then ambiguous. */
  integer?: boolean;
}

const SPACES = /[\s\u00a0\u202f_]/g;
const SEPARATORS: Record<Lang, { decimal: ',' | '.'; group: ',' | '.' }> = {
  en: { decimal: '.', group: ',' },
  es: { decimal: ',', group: '.' },
};

export function normalizeNumberInput(raw: string, lang: Lang, opts: NumberInputOptions = {}): NumberInputResult {
  const text = raw.replace(SPACES, '');
  if (text === '') return { ok: false, code: 'required', value: raw };
  const sign = text.startsWith('-') || text.startsWith('+') ? text[0] : '';
  const body = sign ? text.slice(1) : text;
  if (!/^[\d.,]+([eE][+-]?\d+)?$/.test(body) || !/\d/.test(body) || /[.,]{2}/.test(body)) return { ok: false, code: 'not_a_number', value: raw };
  const expMatch = /[eE][+-]?\d+$/.exec(body);
  const exp = expMatch ? expMatch[0] : '';
  const mant = exp ? body.slice(0, -exp.length) : body;
  const { decimal: pageDecimal, group: pageGroup } = SEPARATORS[lang];
  const hasComma = mant.includes(',');
  const hasDot = mant.includes('.');
  let decimalSep: ',' | '.' | null = null;
  if (hasComma && hasDot) {
    decimalSep = mant.lastIndexOf(',') > mant.lastIndexOf('.') ? ',' : '.';
    if (lang === 'en' && decimalSep === ',') return { ok: false, code: 'decimal_comma', value: raw };
  } else if (hasComma || hasDot) {
    const sep = hasComma ? ',' : '.';
    const single = count(mant, sep) === 1;
    const groups = validGrouping(mant, sep);
    if (sep === pageGroup) {
      // The page's own grouping ("1,000" in English, "1.000" in Spanish) wins when it is valid.
      if (groups) decimalSep = null;
      else if (lang === 'en') return { ok: false, code: single ? 'decimal_comma' : 'bad_grouping', value: raw };
      else if (single) decimalSep = sep; // "0.30" in Spanish: a decimal point, the only reading
      else return { ok: false, code: 'bad_grouping', value: raw };
    } else if (!single) {
      return { ok: false, code: 'bad_grouping', value: raw };
    } else {
      // The page's decimal separator: ambiguous when the other convention reads it as thousands.
      const mistakable = groups && (lang === 'es' || opts.integer === true);
      if (mistakable) return ambiguous(raw, sign ?? '', mant, sep, exp, lang);
      decimalSep = pageDecimal;
    }
  }
  let intPart = mant;
  let fracPart = '';
  if (decimalSep) {
    const at = mant.lastIndexOf(decimalSep);
    intPart = mant.slice(0, at);
    fracPart = mant.slice(at + 1);
    if (/[.,]/.test(fracPart)) return { ok: false, code: 'not_a_number', value: raw };
  }
  const groupSep = intPart.includes(',') ? ',' : intPart.includes('.') ? '.' : null;
  if (groupSep) {
    if (intPart.includes(groupSep === ',' ? '.' : ',') || !validGrouping(intPart, groupSep)) {
      return { ok: false, code: 'bad_grouping', value: raw };
    }
    intPart = intPart.split(groupSep).join('');
  }
  if (intPart === '' && fracPart === '') return { ok: false, code: 'not_a_number', value: raw };
  const value = `${sign === '-' ? '-' : ''}${intPart === '' ? '0' : intPart}${fracPart ? `.${fracPart}` : ''}${exp}`;
  return { ok: true, value };
}

/** "1,000" in Spanish: the message names both readings and how to write each one unmistakably. */
function ambiguous(raw: string, sign: string, mant: string, sep: string, exp: string, lang: Lang): NumberInputResult {
  const [int = '', frac = ''] = mant.split(sep);
  const minus = sign === '-' ? '-' : '';
  const { decimal, group } = SEPARATORS[lang];
  const trimmed = frac.replace(/0+$/, '');
  const asDecimal = `${minus}${int}${trimmed ? `${decimal}${trimmed}` : ''}${exp}`;
  const asThousands = `${minus}${int}${group}${frac}${exp}`;
  return { ok: false, code: 'ambiguous_separator', value: raw, params: { value: raw.trim(), thousands: asThousands, plain: `${minus}${int}${frac}${exp}`, decimal: asDecimal } };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** "1,234,567" is valid grouping; "1,23", ",123" or "0,123" is not. */
function validGrouping(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length < 2) return false;
  const [first, ...rest] = parts;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.every((p) => /^\d{3}$/.test(p));
}

/** Show an engine decimal string in the field the way the language writes it (no grouping). */
export function formatNumberInput(value: string, lang: Lang): string {
  return lang === 'es' ? value.replace('.', ',') : value;
}
