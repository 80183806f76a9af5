/** The CodeBuild chart's right end (niceMaxBuilds): about twice the builds, at least 100, rounded up to 1, 2 or 5 x 10^n. */
import { describe, expect, it } from 'vitest';
import { niceMaxBuilds } from '../../src/engine/index.ts';
import { d } from '../../src/engine/decimal.ts';

describe('CodeBuild chart axis end', () => {
  it('twice the builds rounded up to 1, 2 or 5 x 10^n, never under 100', () => {
    const cases: [string, number][] = [
      ['0', 100], ['1', 100], ['50', 100], ['50.5', 200], ['80', 200], ['100', 200], ['100.5', 500], ['250', 500],
      ['300', 1000], ['304.1666', 1000], ['500', 1000], ['600', 2000], ['4000', 10000], ['4000.5', 10000], ['5000.5', 20000],
    ];
    for (const [builds, end] of cases) expect([builds, niceMaxBuilds(d(builds))]).toEqual([builds, end]);
  });
});
