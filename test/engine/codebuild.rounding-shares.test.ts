/** What rounding CodeBuild builds up to whole minutes adds (codebuild/rounding.ts), the results' callout. */
import { describe, expect, it } from 'vitest';
import { codeBuildRoundingShares } from '../../src/engine/index.ts';
import { d } from '../../src/engine/decimal.ts';

describe('CodeBuild rounding shares', () => {
  it('121 s billed as 3 min: 59 s more, 48.76% more time, 32.78% of the billed time', () => {
    const r = codeBuildRoundingShares(d(121), d(3));
    expect([r.more.toFixed(2), r.share.toFixed(2)]).toEqual(['48.76', '32.78']);
  });

  it('nothing rounded (120 s as 2 min), or a build that takes no time: 0 and 0', () => {
    for (const [s, m] of [[120, 2], [0, 0], [0, 1]] as const) {
      const r = codeBuildRoundingShares(d(s), d(m));
      expect([r.more.toString(), r.share.toString()]).toEqual(['0', '0']);
    }
  });
});
