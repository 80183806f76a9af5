import { describe, expect, it } from 'vitest';
import { ancestorIds, treeKey, visibleRows } from '../../../src/lib/components/availability/tree-rows.ts';
import { threeTier } from './fixtures.ts';

describe('tree rows', () => {
  it('lists every node depth first with its level, position and path', () => {
    const rows = visibleRows(threeTier());
    expect(rows.map((r) => [r.id, r.level, r.posinset, r.setsize, r.path])).toEqual([
      ['root', 1, 1, 1, 'architecture'],
      ['elb', 2, 1, 3, 'architecture.children.0'],
      ['web', 2, 2, 3, 'architecture.children.1'],
      ['web-ec2', 3, 1, 1, 'architecture.children.1.member'],
      ['rds', 2, 3, 3, 'architecture.children.2'],
    ]);
    expect(rows[3]?.slot).toBe('member');
    // A collapsed group hides its parts.
    expect(visibleRows(threeTier(), new Set(['web'])).map((r) => r.id)).toEqual(['root', 'elb', 'web', 'rds']);
    expect(ancestorIds(threeTier(), 'web-ec2')).toEqual(['root', 'web']);
    expect(ancestorIds(threeTier(), 'nope')).toBeNull();
  });

  it('keys follow the WAI-ARIA tree pattern', () => {
    const rows = visibleRows(threeTier());
    const none = new Set<string>();
    expect(treeKey(rows, none, 'elb', 'ArrowDown')).toEqual({ type: 'focus', id: 'web' });
    expect(treeKey(rows, none, 'elb', 'ArrowUp')).toEqual({ type: 'focus', id: 'root' });
    expect(treeKey(rows, none, 'web', 'ArrowRight')).toEqual({ type: 'focus', id: 'web-ec2' });
    expect(treeKey(rows, none, 'web', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'web' });
    expect(treeKey(rows, new Set(['web']), 'web', 'ArrowRight')).toEqual({ type: 'expand', id: 'web' });
    expect(treeKey(rows, none, 'web-ec2', 'ArrowLeft')).toEqual({ type: 'focus', id: 'web' });
    expect(treeKey(rows, none, 'elb', 'ArrowRight')).toBeNull();
    expect(treeKey(rows, none, 'rds', 'ArrowDown')).toBeNull();
    expect(treeKey(rows, none, 'rds', 'Home')).toEqual({ type: 'focus', id: 'root' });
    expect(treeKey(rows, none, 'root', 'End')).toEqual({ type: 'focus', id: 'rds' });
    expect(treeKey(rows, none, 'rds', 'Enter')).toEqual({ type: 'edit', id: 'rds' });
    expect(treeKey(rows, none, 'rds', 'Delete')).toEqual({ type: 'remove', id: 'rds' });
  });
});
