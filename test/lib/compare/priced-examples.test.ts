/**
 * The compare view follows the priced architecture: the three availability examples each cost
 * something, and each pair has a real cost per extra nine (not "no price to pay").
 */
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/engine/index.ts';
import { appCatalogs } from '../../../src/lib/state/catalogs.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import { columns, costPerNine, costRows, type Column } from '../../../src/lib/compare/compare.ts';

const column = (id: string): Column => {
  const result = evaluateScenario(PRESETS.find((p) => p.id === id)!.build(), appCatalogs);
  return columns([{ id, name: id, result, stale: false }], String)[0]!;
};

describe('compare with priced examples', () => {
  const threeTier = column('three-tier-3az');
  const twoOfFour = column('web-2-of-4');
  const twoRegions = column('two-region-failover');

  it('every pair has a real cost per extra nine', () => {
    for (const [a, b] of [[threeTier, twoOfFour], [threeTier, twoRegions], [twoOfFour, twoRegions]] as const) {
      const c = costPerNine(b, a);
      expect(c.kind, `${a.id} -> ${b.id}`).toBe('costs');
      if (c.kind === 'costs') expect(c.perNine.gt(0)).toBe(true);
    }
  });

  it('three-tier -> two regions: ($444.5575 - $366.785) / (4.7118 - 3.1709) nines, about $50.47 a nine', () => {
    const c = costPerNine(twoRegions, threeTier);
    // cost difference: 444.5575 - 366.785 = 77.7725
    expect(c.kind === 'costs' && c.costDiff.toFixed(4)).toBe('77.7725');
    // nines: -log10(1.941642e-5) = 4.71183 and -log10(0.0006746551537375) = 3.17092; 77.7725 / 1.54091 = 50.47
    expect(c.kind === 'costs' && c.perNine.toFixed(2)).toBe('50.47');
  });

  it('shows the priced architecture as a cost row', () => {
    const rows = costRows([threeTier, twoRegions]);
    const arch = rows.find((r) => r.key === 'architecture')!;
    // Three-tier: the whole tree ($366.785, the linked EC2 copies included); two regions: $444.5575
    expect(arch.cells.map((c) => c.value?.toFixed())).toEqual(['366.785', '444.5575']);
  });
});
