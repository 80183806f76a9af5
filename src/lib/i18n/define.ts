/** Message bundles: every English key must have a Spanish twin (the type checker enforces it). */
export interface Bundle<K extends string = string> {
  readonly en: Readonly<Record<K, string>>;
  readonly es: Readonly<Record<K, string>>;
}

export function defineMessages<const T extends Record<string, string>>(en: T, es: { [K in keyof T]: string }): Bundle<Extract<keyof T, string>> {
  return { en, es } as Bundle<Extract<keyof T, string>>;
}

/** Replace {name} placeholders; unknown placeholders are left visible rather than printing "undefined". */
export function interpolate(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? (params[k] ?? m) : m));
}
