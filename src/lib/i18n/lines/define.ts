import type { LineTemplates } from '../../../engine/index.ts';

/**
 * A calculator's Spanish line templates: exactly one for each of its English templates (the type
 * checker rejects a missing or an extra key).
 */
export function spanishLines<T extends LineTemplates>(es: { readonly [K in keyof T]: string }): Readonly<Record<string, string>> {
  return es as Readonly<Record<string, string>>;
}
