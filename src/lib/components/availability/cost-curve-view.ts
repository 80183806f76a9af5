/** The nodes the cost per nine curve can grow: components (their replicas) and k-of-n groups (their n). */
import type { NodeSpec } from '../../state/factories.ts';

export interface CurveNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'component' | 'k-of-n';
}

/** Components (not k-of-n members: their group grows instead) and k-of-n groups, in tree order. */
export function curveNodes(root: NodeSpec | null | undefined): CurveNode[] {
  const out: CurveNode[] = [];
  const walk = (n: NodeSpec): void => {
    switch (n.kind) {
      case 'component':
        out.push({ id: n.id, name: n.name || n.id, kind: 'component' });
        break;
      case 'k-of-n':
        out.push({ id: n.id, name: n.name || n.id, kind: 'k-of-n' });
        break;
      case 'series':
      case 'parallel':
        n.children.forEach(walk);
        break;
      case 'failover':
        walk(n.primary);
        walk(n.standby);
        break;
    }
  };
  if (root) walk(root);
  return out;
}
