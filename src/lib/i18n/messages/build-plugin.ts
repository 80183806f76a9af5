/**
 * Serves the page's messages one language at a time (Vite plugin, dev server and build alike):
 * `virtual:nubecalc-messages/<part>-<lang>` is the part's messages in that language (parts.ts), and
 * `virtual:nubecalc-messages/names` both languages' name messages. The source files stay as they
 * are, a concept's two languages side by side; this reads the object literals of their
 * `defineMessages(en, es)` call (plain keys and strings: nothing to execute but data).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MESSAGE_PARTS, isNameKey, type MessagePart } from './parts.ts';

const PREFIX = 'virtual:nubecalc-messages/';
const DIR = join(import.meta.dirname, '.');

/** The two object literals of a file's defineMessages(en, es) call, as text. */
export function messageLiterals(source: string): [string, string] {
  const start = source.indexOf('defineMessages(');
  if (start < 0) throw new Error('no defineMessages( call');
  const found: string[] = [];
  let depth = 0;
  let from = -1;
  for (let i = start + 'defineMessages('.length; i < source.length && found.length < 2; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
    } else if (c === '{') {
      if (depth++ === 0) from = i;
    } else if (c === '}') {
      if (--depth === 0) found.push(source.slice(from, i + 1));
    }
  }
  if (found.length !== 2) throw new Error('defineMessages( needs two object literals');
  return [found[0] ?? '{}', found[1] ?? '{}'];
}

function table(literal: string): Record<string, string> {
  // An object literal of string keys and string values (checked below), read as data.
  const value: unknown = new Function(`return (${literal});`)();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string') throw new Error(`message ${k} is not a string`);
    out[k] = v;
  }
  return out;
}

function read(name: string): { en: Record<string, string>; es: Record<string, string> } {
  const [en, es] = messageLiterals(readFileSync(join(DIR, `${name}.ts`), 'utf8'));
  return { en: table(en), es: table(es) };
}

function moduleFor(id: string): { code: string; files: string[] } | null {
  const rest = id.slice(PREFIX.length);
  const parts = Object.keys(MESSAGE_PARTS) as MessagePart[];
  const files = parts.flatMap((p) => MESSAGE_PARTS[p]);
  if (rest === 'names') {
    const names = { en: {} as Record<string, string>, es: {} as Record<string, string> };
    for (const f of files) {
      const t = read(f);
      for (const lang of ['en', 'es'] as const) for (const [k, v] of Object.entries(t[lang])) if (isNameKey(k)) names[lang][k] = v;
    }
    return { code: `export default ${JSON.stringify(names)};`, files };
  }
  const [part, lang] = rest.split('-') as [MessagePart, 'en' | 'es'];
  if (!parts.includes(part) || (lang !== 'en' && lang !== 'es')) return null;
  const out: Record<string, string> = {};
  for (const f of MESSAGE_PARTS[part]) Object.assign(out, read(f)[lang]);
  return { code: `export default ${JSON.stringify(out)};`, files: [...MESSAGE_PARTS[part]] };
}

export function messagesPerLanguage(): Plugin {
  return {
    name: 'nubecalc-messages',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const m = moduleFor(id.slice(1));
      if (!m) return null;
      for (const f of m.files) this.addWatchFile(join(DIR, `${f}.ts`));
      return m.code;
    },
  };
}
