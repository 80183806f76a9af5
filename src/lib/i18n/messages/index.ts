/**
 * The messages the page has loaded, by language. The page loads them a part and a language at a
 * time (parts.ts: the shell before first paint, the calculators' with the workbench), so a Spanish
 * page never downloads the English messages, and the other way round; both languages' names are
 * always here (a language switch renames what the app named). Tests and the command line register
 * every file at once (all.ts).
 */
import type { Bundle } from '../define.ts';
import type { Lang } from '../number-input.ts';
import type { MessagePart } from './parts.ts';
import names from 'virtual:nubecalc-messages/names';

export const messages: Record<Lang, Record<string, string>> = {
  en: { ...names.en },
  es: { ...names.es },
};

/** Add messages of both languages at once (tests, the command line). */
export function registerBundles(more: readonly Bundle[]): void {
  for (const b of more) {
    Object.assign(messages.en, b.en);
    Object.assign(messages.es, b.es);
  }
}

const loaded = new Map<string, Promise<void>>();

const LOADERS: Record<`${MessagePart}/${Lang}`, () => Promise<{ default: Readonly<Record<string, string>> }>> = {
  'shell/en': () => import('virtual:nubecalc-messages/shell-en'),
  'shell/es': () => import('virtual:nubecalc-messages/shell-es'),
  'workbench/en': () => import('virtual:nubecalc-messages/workbench-en'),
  'workbench/es': () => import('virtual:nubecalc-messages/workbench-es'),
};

/**
 * Download a part of the messages in one language (once). The Spanish workbench part brings the
 * Spanish formula templates too, the Spanish shell part the Spanish error messages (the English
 * ones are the engine's).
 */
export function loadMessages(lang: Lang, part: MessagePart): Promise<void> {
  const id = `${part}/${lang}` as const;
  let p = loaded.get(id);
  if (!p) {
    p = (async () => {
      const [table, lines, errors] = await Promise.all([
        LOADERS[id](),
        lang === 'es' && part === 'workbench' ? import('../lines/es.ts') : null,
        lang === 'es' && part === 'shell' ? import('../lines/errors.ts') : null,
      ]);
      Object.assign(messages[lang], table.default);
      if (lines) registerLines('es', lines.LINES_ES);
      if (errors) registerErrors('es', errors.ERRORS_ES);
    })();
    loaded.set(id, p);
  }
  return p;
}

/**
 * Line templates by language and key: the engine's English ones (registered with the workbench,
 * which loads the engine) and the Spanish twins (with the Spanish workbench messages).
 */
export const lineTemplates: Record<Lang, Record<string, string>> = { en: {}, es: {} };

export function registerLines(lang: Lang, table: Readonly<Record<string, string>>): void {
  Object.assign(lineTemplates[lang], table);
}

/**
 * Error message templates other than English (the engine's ERROR_TEMPLATES, always at hand): the
 * Spanish ones come with the Spanish shell messages, before first paint, so an error the shell
 * shows (the import dialog) is in Spanish before the workbench loads.
 */
export const errorTemplates: Record<Exclude<Lang, 'en'>, Record<string, string>> = { es: {} };

export function registerErrors(lang: Exclude<Lang, 'en'>, table: Readonly<Record<string, string>>): void {
  Object.assign(errorTemplates[lang], table);
}
