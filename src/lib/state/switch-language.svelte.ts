/**
 * Switching the page language also renames what the app named (examples, "Scenario 1", a new
 * component's "Readers"): one undo step per scenario that changed. Names a person typed stay.
 * The other language's messages are downloaded first (the page holds one language at a time).
 */
import { appNameTranslator, translateAppNames } from '../i18n/app-names.ts';
import { messages, loadMessages } from '../i18n/messages/index.ts';
import type { I18n, Lang } from '../i18n/i18n.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

export async function switchLanguage(i18n: I18n, workspace: Workspace, next: unknown): Promise<void> {
  const to: Lang | undefined = next === 'en' || next === 'es' ? next : undefined;
  if (!to || to === i18n.lang) return;
  // The page has only its language's messages: download the other's before switching to it.
  await Promise.all([loadMessages(to, 'shell'), loadMessages(to, 'workbench')]);
  if (to === i18n.lang) return;
  const translate = appNameTranslator(messages, i18n.lang, to);
  for (const store of workspace.scenarios) {
    if (translateAppNames($state.snapshot(store.doc), translate)) {
      store.edit((d) => void translateAppNames(d, translate), 'language');
    }
  }
  i18n.lang = to;
}
