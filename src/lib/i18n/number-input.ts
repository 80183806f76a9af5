/**
 * Turns what a person types into a number field into the engine's decimal string, by the
 * rules of the page language:
 * - English: "." is the decimal point, "," groups thousands ("1,234.5"). "0,30" is refused
 *   with its own message (a decimal comma in English is almost always a slip).
 * - Spanish: both "," and "." are accepted as the decimal separator (Spain writes "0,30",
 *   Mexico and much of Latin America "0.30"); when both appear, the last one is the decimal
 *   separator and the other groups thousands ("1.234,5" or "1,234.5").
 * Spaces (including the non-breaking ones Intl prints) group thousands in both.
 */
export type Lang = 'en' | 'es';

export type NumberInputResult =
  | { ok: true; value: string }
  | { ok: false; code: 'required' | 'not_a_number' | 'decimal_comma' | 'bad_grouping'; value: string };

const SPACES = /[\s\u00a0\u202f_]/g;

export function normalizeNumberInput(raw: string, lang: Lang): NumberInputResult {
  const text = raw.replace(SPACES, '');
  if (text === '') return { ok: false, code: 'required', value: raw };
  const sign = text.startsWith('-') || text.startsWith('+') ? text[0] : '';
  const body = sign ? text.slice(1) : text;
  if (!/^[\d.,]+([eE][+-]?\d+)?$/.test(body) || !/\d/.test(body) || /[.,]{2}/.test(body)) return { ok: false, code: 'not_a_number', value: raw };
  const expMatch = /[eE][+-]?\d+$/.exec(body);
  const exp = expMatch ? expMatch[0] : '';
  const mant = exp ? body.slice(0, -exp.length) : body;
  const lastComma = mant.lastIndexOf(',');
  const lastDot = mant.lastIndexOf('.');
  let decimalSep: ',' | '.' | null = null;
  if (lang === 'en') {
    if (lastDot >= 0) decimalSep = '.';
    else if (lastComma >= 0 && !validGrouping(mant, ',')) {
      return { ok: false, code: 'decimal_comma', value: raw };
    }
  } else if (lastComma >= 0 && lastDot >= 0) {
    decimalSep = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0) {
    decimalSep = count(mant, ',') === 1 ? ',' : null;
  } else if (lastDot >= 0) {
    decimalSep = count(mant, '.') === 1 ? '.' : null;
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

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** "1,234,567" is valid grouping; "1,23" or ",123" is not. */
function validGrouping(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length < 2) return false;
  const [first, ...rest] = parts;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((p) => /^\d{3}$/.test(p));
}

/** Show an engine decimal string in the field the way the language writes it (no grouping). */
export function formatNumberInput(value: string, lang: Lang): string {
  return lang === 'es' ? value.replace('.', ',') : value;
}
