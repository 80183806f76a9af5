/**
 * One word per concept. The Spanish is neutral Latin-American usage, as the course text is
 * written ("costo", not "coste"). A test checks that no message uses a word listed under `avoid`;
 * write a new message with the `use` word.
 */
export interface GlossaryEntry {
  /** The concept, in English. */
  readonly concept: string;
  readonly en: string;
  readonly es: string;
  /** Synonyms that must not appear in the messages of that language (lower case, matched as words). */
  readonly avoid: { readonly en?: readonly string[]; readonly es?: readonly string[] };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { concept: 'cost', en: 'cost', es: 'costo', avoid: { es: ['coste', 'costes', 'sobrecoste'] } },
  { concept: 'downtime', en: 'downtime', es: 'tiempo de inactividad', avoid: { en: ['outage time'], es: ['tiempo de caída', 'tiempo caído', 'tiempo fuera de servicio'] } },
  { concept: 'calendar month', en: 'calendar month', es: 'mes calendario', avoid: { es: ['mes natural'] } },
  { concept: 'a month (the 730-hour average month)', en: 'a month', es: 'al mes', avoid: { es: ['mensualmente'] } },
  { concept: 'failover', en: 'failover', es: 'conmutación por error', avoid: { es: ['failover'] } },
  { concept: 'free tier', en: 'free tier', es: 'capa gratuita', avoid: { es: ['nivel gratuito', 'capa gratis'] } },
  { concept: 'build', en: 'build', es: 'compilación', avoid: { es: ['construcción', 'build'] } },
  { concept: 'dashboard', en: 'dashboard', es: 'tablero', avoid: { es: ['cuadro de mando', 'dashboard'] } },
  { concept: 'file', en: 'file', es: 'archivo', avoid: { es: ['fichero'] } },
  { concept: 'computer', en: 'computer', es: 'computadora', avoid: { es: ['ordenador'] } },
  { concept: 'mobile phone', en: 'phone', es: 'celular', avoid: { es: ['móvil'] } },
  { concept: 'add', en: 'add', es: 'agregar', avoid: { es: ['añadir', 'añade', 'añadido', 'añadida', 'añaden', 'añadió'] } },
  { concept: 'enter (a value)', en: 'enter', es: 'ingresar', avoid: { es: ['introduce', 'introducir'] } },
  { concept: 'press (a key)', en: 'press', es: 'presionar', avoid: { es: ['pulsa', 'pulsar'] } },
  { concept: 'source (of a price)', en: 'source', es: 'fuente', avoid: { es: ['procedencia'] } },
];

/** The forbidden synonyms a text uses, in the given language ([] when it follows the glossary). */
export function glossaryViolations(lang: 'en' | 'es', text: string): string[] {
  // placeholder names ({failover}) are not words the reader sees
  const lower = text.replace(/\{\w+\}/g, ' ').toLowerCase();
  const found: string[] = [];
  for (const e of GLOSSARY) {
    for (const w of e.avoid[lang] ?? []) {
      const re = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
      if (re.test(lower)) found.push(`${w} (use "${e[lang]}")`);
    }
  }
  return found;
}
