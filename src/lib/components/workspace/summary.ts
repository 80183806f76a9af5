/**
 * One preview line per incoming scenario, from its names and counts only: nothing of an untrusted
 * scenario is evaluated before the person accepts it (then it is, in a Web Worker: off-thread.ts).
 */
import type { ScenarioData } from '../../state/schema.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import type { WorkerAnswer } from '../../state/off-thread.ts';
import { countArchitectureWork } from '../../../engine/index.ts';

export interface PreviewRow {
  readonly key: string;
  readonly name: string;
  /** How many components, formatted. */
  readonly components: string;
  /** How many architecture nodes, formatted ("0" without an architecture). */
  readonly nodes: string;
}

export function previewRows(docs: readonly ScenarioData[], i18n: Pick<I18n, 't' | 'number'>): PreviewRow[] {
  return docs.map((d, i) => ({
    key: `s${i}`,
    name: d.name || i18n.t('ws.untitled'),
    components: i18n.number(String(d.components.length), 0),
    nodes: i18n.number(String(d.architecture ? countArchitectureWork(d.architecture).nodes : 0), 0),
  }));
}

/** The status line after the accepted scenarios were evaluated and added. */
export function addedStatus(answers: readonly WorkerAnswer[], count: number, i18n: Pick<I18n, 't'>): string {
  const added = i18n.t(count === 1 ? 'ws.in.added1' : 'ws.in.added', { count });
  const needFix = answers.filter((a) => !a.ok).length;
  if (needFix === 0) return added;
  return `${added} ${count === 1 ? i18n.t('ws.in.addedNeedFix1') : i18n.t('ws.in.addedNeedFix', { count: needFix })}`;
}
