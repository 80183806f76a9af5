/** The short words of a tree row: the kind badge ("2 of 3", "standby · series"). Pure functions of an i18n object. */
import type { I18n } from '../../i18n/i18n.svelte.ts';
import type { TreeRow } from './tree-rows.ts';

type T = Pick<I18n, 't'>;

function countText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? v.toString() : '?';
}

/** The badge of a row: the node's kind (a k-of-n says "2 of 3"), after its slot when it is a failover's primary or standby. */
export function kindBadge(i18n: T, row: TreeRow): string {
  const n = row.node;
  const kind = n.kind === 'k-of-n' ? i18n.t('tree.kind.k-of-n', { k: countText(n.k), n: countText(n.n) }) : i18n.t(`tree.kind.${n.kind}`);
  if (row.slot === 'primary' || row.slot === 'standby' || row.slot === 'member') return i18n.t('tree.slotKind', { slot: i18n.t(`tree.slot.${row.slot}`), kind });
  if (n.kind === 'component' && n.replicas !== undefined && countText(n.replicas) !== '1') return i18n.t('tree.replicas', { kind, n: countText(n.replicas) });
  return kind;
}
