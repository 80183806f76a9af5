/** Message bundles: every English key must have a Spanish twin (the type checker enforces it). */
export interface Bundle<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly es: Readonly<Record<K, string>>;
}

export function defineMessages<const T extends Record<string, string>>(en: T, es: { [K in keyof T]: string }): Bundle<Extract<keyof T, string>> {
  return { en, es } as Bundle<Extract<keyof T, string>>;
}

/** The template language lives in the engine (it renders the English formulas with it). */
export { interpolate, pluralCategory } from '../../engine/index.ts';
