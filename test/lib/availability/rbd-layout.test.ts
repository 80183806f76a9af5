import { describe, expect, it } from 'vitest';
import { layoutRbd, BOX_W, BOX_H } from '../../../src/lib/components/availability/rbd-layout.ts';
import { threeTier } from './fixtures.ts';
import type { NodeSpec } from '../../../src/lib/state/factories.ts';
import type { ComponentNode } from '../../../src/lib/state/tree-ops.ts';

const comp = (id: string, extra: Record<string, string> = {}): ComponentNode => ({ kind: 'component', id, name: id, sla: 'ec2-instance', ...extra });

describe('reliability block diagram layout', () => {
  it('three tiers: ELB, a "2 of 3" stack between rails, RDS, in one row', () => {
    const l = layoutRbd(threeTier());
    // Blocks are 168 x 46. The k-of-n stack: caption 20 + 3 blocks x 46 + 2 gaps x 12 + 6 = 188 high,
    // 168 + 2 rails x 16 = 200 wide; its entry wire sits halfway between the first and last block
    // entries: (20 + 23 + 136 + 23) / 2 = 101.
    const frame = l.frames.find((f) => f.id === 'web');
    expect(frame).toEqual({ id: 'web', x: 220, y: 10, w: 200, h: 188, caption: { type: 'k-of-n', k: '2', n: '3', drawn: 3 } });
    // Row: ELB at x = margin 10 + stub 16 = 26, centred on the entry (10 + 101 - 23 = 88);
    // the stack after a 26 gap (26 + 168 + 26 = 220); RDS after it (220 + 200 + 26 = 446).
    const at = (id: string) => l.boxes.filter((b) => b.id === id).map((b) => [b.x, b.y]);
    expect(at('elb')).toEqual([[26, 88]]);
    expect(at('rds')).toEqual([[446, 88]]);
    // The member drawn three times, stacked: y = 10 + 20, + 58, + 58.
    expect(at('web-ec2')).toEqual([[236, 30], [236, 88], [236, 146]]);
    // Width 168 + 26 + 200 + 26 + 168 = 588, plus the two end stubs (32) and margins (20) = 640.
    expect([l.width, l.height]).toEqual([640, 208]);
    expect(l.boxes.every((b) => b.w === BOX_W && b.h === BOX_H)).toBe(true);
    expect(l.wires).toMatch(/^M/);
    expect(l.wires).not.toMatch(/NaN|undefined/);
  });

  it('a failover draws the primary above the standby and marks the switch on the left rail', () => {
    const l = layoutRbd({ kind: 'failover', id: 'fo', name: 'fo', primary: comp('a'), standby: comp('b'), switchSeconds: '150', failuresPerYear: '4' });
    expect(l.boxes.map((b) => [b.id, b.role])).toEqual([['a', 'primary'], ['b', 'standby']]);
    expect(l.frames[0]?.caption).toEqual({ type: 'failover', switchSeconds: '150' });
    // Switch on the left rail (frame x 26 + 8), at the middle of the entries: 10 + (43 + 101) / 2 = 82.
    expect(l.switches).toEqual([{ id: 'fo', x: 34, y: 82 }]);
  });

  it('replicas draw as "any 1 of n" (up to 3 copies); a k-of-n with n = 500 still draws 3', () => {
    const r = layoutRbd(comp('ec2', { replicas: '2' }));
    expect(r.boxes.map((b) => b.copy)).toEqual([0, 1]);
    expect(r.frames[0]?.caption).toEqual({ type: 'replicas', n: '2', drawn: 2 });
    const k = layoutRbd({ kind: 'k-of-n', id: 'k', name: 'k', k: '250', n: '500', member: comp('m') });
    expect(k.boxes).toHaveLength(3);
    expect(k.frames[0]?.caption).toEqual({ type: 'k-of-n', k: '250', n: '500', drawn: 3 });
  });

  it('a long series wraps onto lines of 5, and a huge one is cut into an "n more" block', () => {
    const children = Array.from({ length: 12 }, (_, i) => comp(`c${i}`));
    const l = layoutRbd({ kind: 'series', id: 'root', name: 'r', children });
    // 12 blocks on 3 lines (5, 5, 2): 3 distinct rows of y.
    expect(new Set(l.boxes.map((b) => b.y)).size).toBe(3);
    // Line width 5 x 168 + 4 x 26 = 944, plus the wrap rails (32), end stubs (32) and margins (20).
    expect(l.width).toBe(1028);
    const big = layoutRbd({ kind: 'series', id: 'root', name: 'r', children: Array.from({ length: 300 }, (_, i) => comp(`c${i}`)) }, { maxBoxes: 100 });
    // 100 blocks drawn, then one block standing for the other 200 components.
    expect(big.boxes).toHaveLength(101);
    expect(big.boxes[100]?.more).toBe(200);
  });

  it('hostile counts never produce NaN: k and n that are not numbers draw one copy and keep their text', () => {
    const l = layoutRbd({ kind: 'k-of-n', id: 'k', name: 'k', k: 'x', n: '-3', member: comp('m') } as unknown as NodeSpec);
    expect(l.boxes).toHaveLength(1);
    expect(JSON.stringify(l)).not.toMatch(/NaN|Infinity|undefined/);
    expect(layoutRbd(null)).toEqual({ width: 0, height: 0, boxes: [], frames: [], wires: '', switches: [] });
  });
});
