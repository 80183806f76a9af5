/**
 * Locale formatting with Intl. Decimal strings go to Intl.NumberFormat as strings, so the
 * exact value is formatted (no float conversion on the way to the screen).
 */
import type { Lang } from './number-input.ts';

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };
const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    // Spanish groups every number of four digits or more ("4.000", as "40.800"): Intl's es-ES
    // leaves 4-digit numbers ungrouped, which put "4000" next to "48.000" on one screen.
    // (`'always'` is ES2023 Intl.NumberFormat v3; this TypeScript lib types it as boolean only.)
    f = new Intl.NumberFormat(LOCALE[lang], lang === 'es' ? ({ useGrouping: 'always', ...opts } as unknown as Intl.NumberFormatOptions) : opts);
    cache.set(key, f);
  }
  return f;
}

type Numeric = string | { toFixed(places?: number): string };

function asString(v: Numeric): string {
  return typeof v === 'string' ? v : v.toFixed();
}

/** "$1,234.50" / "1234,50 US$" — cents by default, more places for sub-cent unit prices. */
export function money(lang: Lang, v: Numeric, maxPlaces = 2): string {
  const s = asString(v);
  // Intl accepts decimal strings exactly (Intl.NumberFormat v3); format(string) has no TS overload here.
  return nf(lang, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: maxPlaces })
    .format(s as unknown as number);
}

/** A plain number with grouping and at most `maxPlaces` decimals. */
export function number(lang: Lang, v: Numeric, maxPlaces = 2, minPlaces = 0): string {
  return nf(lang, { maximumFractionDigits: maxPlaces, minimumFractionDigits: minPlaces }).format(asString(v) as unknown as number);
}

/** A percentage given in percent units ("99.95" -> "99.95 %"). */
export function percent(lang: Lang, pct: Numeric, maxPlaces = 6): string {
  return `${number(lang, pct, maxPlaces)}${lang === 'es' ? ' %' : '%'}`;
}

/** A calendar month "2025-03" in words ("March 2025" / "marzo de 2025"). */
export function monthName(lang: Lang, yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map((x) => Number.parseInt(x, 10));
  if (!y || !m) return yearMonth;
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

/** Re-render an English-formatted param ("$5.10", "1,234.5") in the page language; other text is returned as is. */
export function localizeParam(lang: Lang, value: string): string {
  if (lang === 'en') return value;
  const m = /^(-?)(\$?)(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  const [, sign, dollar, int, frac = ''] = m;
  const plain = `${sign}${(int ?? '').replace(/,/g, '')}${frac}`;
  const places = Math.min(frac ? frac.length - 1 : 0, 20);
  // An English number written without grouping ("2026", a year or a count in an id) keeps none.
  if (!dollar && !(int ?? '').includes(',') && (int ?? '').length > 3) return `${sign}${int}${frac.replace('.', ',')}`;
  return dollar ? money(lang, plain, Math.max(2, places)) : number(lang, plain, places, places);
}

const TOKEN_RE = /(?<![\w.,$-])-?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w$])/g;

/** Re-render every English-formatted number inside a text ("$186.00 + $6.08") in the page language. */
export function localizeText(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return text.replace(TOKEN_RE, (m) => localizeParam(lang, m));
}

export { LOCALE };
