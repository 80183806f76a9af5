/**
 * Message templates, the one way a formula or a message is written: `{name}` placeholders and
 * ICU-style plurals chosen with Intl.PluralRules. The engine renders its line items' English
 * `text` with these (explain.ts); the app and the command line render the other languages' templates
 * with the same function (src/lib/i18n/localize.ts).
 */
export type TemplateLang = 'en' | 'es';

/**
 * Replace {name} placeholders; unknown placeholders are left visible rather than printing "undefined".
 * A count chooses its words with Intl.PluralRules in the page language:
 * `{count, plural, one {# reader} other {# readers}}` (`#` is the count as given, already
 * formatted; a branch may hold other {placeholders}; a missing category falls back to `other`).
 */
export function interpolate(template: string, params: Readonly<Record<string, string>> = {}, lang: TemplateLang = 'en'): string {
  const withPlurals = template.includes(', plural,') ? template.replace(PLURAL_RE, (m, k: string, branches: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, k) ? params[k] : undefined;
    if (value === undefined) return m;
    const chosen = pluralBranch(branches, pluralCategory(lang, value));
    return chosen === undefined ? m : chosen.replace(/#/g, value);
  }) : template;
  return withPlurals.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? (params[k] ?? m) : m));
}

/** `{name, plural, one {...} other {...}}`: branches may hold `{placeholders}` one level deep. */
const PLURAL_RE = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH_RE = /([\w=]+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;
/**
 * The engine's one kept object besides the scenario memo: an Intl.PluralRules per language (and
 * visible decimals). Building one costs more than rendering a whole formula with it
 * (test/bench/template.bench.ts: a three-plural formula 7.5 us with the kept rules, 53 us for
 * just the three new PluralRules); the rules never change, so keeping them changes no result.
 */
const rules = new Map<string, Intl.PluralRules>();

function pluralBranch(branches: string, category: string): string | undefined {
  const found = new Map<string, string>();
  // both groups of BRANCH_RE always take part in a match
  for (const b of branches.matchAll(BRANCH_RE)) found.set(b[1] as string, b[2] as string);
  return found.get(category) ?? found.get('other');
}

/**
 * The plural category of a count written in the page language ("1.000" is a thousand in
 * Spanish, "1,000" in English); text that is not a number is "other".
 */
export function pluralCategory(lang: TemplateLang, written: string | number): Intl.LDMLPluralRule {
  if (typeof written === 'number') return pluralRules(lang, 0).select(written);
  const plain = written.replace(/[\s\u00a0\u202f]/g, '');
  const canonical = lang === 'es' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(canonical)) return 'other';
  // "1,0" / "1.00" keep their visible decimals: CLDR counts them ("1.0 readers" is plural in English)
  const decimals = canonical.split('.')[1]?.length ?? 0;
  return pluralRules(lang, decimals).select(Number(canonical));
}

/**
 * The kept rules of a language for counts shown with `decimals` visible decimals (0 for a number:
 * the same as `new Intl.PluralRules(lang)`, whose minimumFractionDigits is 0).
 */
function pluralRules(lang: TemplateLang, decimals: number): Intl.PluralRules {
  const key = `${lang}|${decimals}`;
  let r = rules.get(key);
  if (r === undefined) {
    r = new Intl.PluralRules(lang, { minimumFractionDigits: decimals });
    rules.set(key, r);
  }
  return r;
}
