/**
 * Every engine error message, in English: one template per key (template.ts syntax). An error's
 * key is its code, or a variant of it where the message has an optional part (`errorKey`); the
 * other languages' twins live in the app (src/lib/i18n/lines/errors.ts). A param whose value is
 * `@msg:<key>` names a phrase of this catalog (what was expected, where a price was looked up):
 * each language renders the phrase in its own words. No imports besides the template function:
 * the app shell imports this file (through index.ts) to name errors before the engine loads.
 */
import { interpolate } from './template.ts';
import { ERROR_PHRASES } from './error-phrases.ts';

/** One message per error key. */
export const ERROR_MESSAGES = {
  'error.required': 'A value is required here.',
  'error.not_a_number': '"{value}" is not a number.',
  'error.float_not_allowed': '{value} was given as a floating-point number; write decimals as text (e.g. "0.30") so they stay exact.',
  'error.decimal_comma': '"{value}" uses a decimal comma; write it with a point (e.g. "{point}").',
  'error.negative': '{value} is negative; this value cannot be below zero.',
  'error.not_positive': '{value} must be greater than zero.',
  'error.not_integer': '{value} must be a whole number.',
  'error.too_large': '{value} is too large (the most allowed is {max}).',
  'error.too_large.count': '{value} is too large (the most allowed is {max}).',
  'error.too_small': '{value} is too small (the least allowed is {min}).',
  'error.unknown_option': '"{value}" is not one of the allowed values.',
  'error.unknown_option.allowed': '"{value}" is not one of the allowed values ({allowed}).',
  'error.unknown_price': 'No price is known for "{value}"; enter one.',
  'error.unknown_price.where': 'No price is known for "{value}" in {where}; enter one.',
  'error.unknown_time_zone': '"{value}" is not a known time zone (use an IANA name such as Europe/Madrid).',
  'error.invalid_time': '"{value}" is not a time of day (use HH:MM, 00:00 to 24:00).',
  'error.empty_period': 'This period starts and ends at the same time, so it never runs.',
  'error.invalid_date': '"{value}" is not a date (use YYYY-MM-DD).',
  'error.k_greater_than_n': 'At least {k} of {n} cannot be met: k must not exceed the number of members.',
  'error.empty_group': 'This group has no members.',
  'error.too_deep': 'The architecture is nested too deeply (more than {max} levels).',
  'error.too_much_work': 'This asks for too much work: {value} units of work in all, and nubecalc evaluates at most {max}.',
  'error.too_much_work.replicaMembers': 'This asks for too much work: {value} component copies (replicas) in all, and nubecalc evaluates at most {max}.',
  'error.too_much_work.kOfNMembers': 'This asks for too much work: {value} k-of-n members in all, and nubecalc evaluates at most {max}.',
  'error.invalid_type': 'Expected {expected}.',
  'error.invalid_type.got': 'Expected {expected}, got {got}.',
  'error.unknown_version': 'Scenario format version {value} is not supported (this nubecalc reads version {supported}).',
  'error.duplicate_id': 'The id "{value}" is used twice.',
  'error.contact_sales': '{sessions, plural, one {# session} other {# sessions}} per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.',
  'error.out_of_range': '{value} is out of range ({min} to {max}).',
  'error.standard_no_readers': 'QuickSight Standard edition has authors only, no readers ({readers} given); choose Enterprise edition to price readers.',
} as const;

/** The messages and the phrases their params name: the catalog `@msg:` refers to. */
export const ERROR_TEMPLATES: Readonly<Record<string, string>> = { ...ERROR_MESSAGES, ...ERROR_PHRASES };

export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;

/** The work budget's limits checked before an evaluation (src/engine/limits.ts checkArchitectureWork), each with its own message. */
const WORK_LIMITS: ReadonlySet<string | undefined> = new Set(['replicaMembers', 'kOfNMembers']);

/** The template of an error: its code, or the variant its params call for. */
export function errorKey(code: string, params: Readonly<Record<string, string>>): string {
  const has = (k: string): boolean => typeof params[k] === 'string' && params[k] !== '';
  switch (code) {
    case 'unknown_option':
      return has('allowed') ? 'error.unknown_option.allowed' : 'error.unknown_option';
    case 'unknown_price':
      return has('where') ? 'error.unknown_price.where' : 'error.unknown_price';
    case 'invalid_type':
      return has('got') ? 'error.invalid_type.got' : 'error.invalid_type';
    case 'too_large':
      return has('count') ? 'error.too_large.count' : 'error.too_large';
    case 'too_much_work':
      // only those two names are in the set: a missing or empty limit is not
      return WORK_LIMITS.has(params.limit) ? `error.too_much_work.${params.limit}` : 'error.too_much_work';
    default:
      return `error.${code}`;
  }
}

/** A param that names a phrase of the catalog: "@msg:error.expected.listOfVolumes". */
const PHRASE_REF = /^@msg:([\w.-]+)$/;

/**
 * An error's message from a catalog (the engine's English one, or a language's twin): the key's
 * template filled in with the params; a `@msg:` param becomes that phrase of the same catalog, and
 * a param the error does not carry is left empty rather than shown as "{value}".
 * `localize` re-writes the plain params for the language (numbers); phrases are not touched.
 */
export function renderError(
  templates: Readonly<Record<string, string>>,
  key: string,
  params: Readonly<Record<string, string>>,
  lang: 'en' | 'es' = 'en',
  localize: (value: string) => string = (v) => v,
): string | undefined {
  const template = Object.prototype.hasOwnProperty.call(templates, key) ? templates[key] : undefined;
  if (template === undefined) return undefined;
  const filled: Record<string, string> = {};
  for (const name of template.matchAll(/\{(\w+)[},]/g)) filled[name[1] as string] = ''; // the group always takes part
  let refs: [string, string][] | undefined;
  for (const [k, v] of Object.entries(params)) {
    const ref = PHRASE_REF.exec(v)?.[1];
    if (ref !== undefined && Object.prototype.hasOwnProperty.call(templates, ref)) (refs ??= []).push([k, templates[ref] as string]);
    else filled[k] = localize(v);
  }
  // A phrase may quote the error's other params: "{rows, plural, one {# row} other {# rows}}".
  if (refs) {
    const plain = { ...filled };
    for (const [k, phrase] of refs) filled[k] = interpolate(phrase, plain, lang);
  }
  return interpolate(template, filled, lang);
}
