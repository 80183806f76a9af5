/** What rounding each build up to a whole minute adds, as shares of the time (the results' callout). */
import { d, ZERO, type Dec } from '../decimal.ts';

const SIXTY = d(60);
const HUNDRED = d(100);

/** Shares of a build's time added by rounding it up to whole minutes, in percent. */
export interface CodeBuildRoundingShares {
  /** Extra billed seconds as a percent of the seconds on the clock ("bills 50% more"). */
  readonly more: Dec;
  /** Extra billed seconds as a percent of the billed seconds ("a third of the bill is rounding"). */
  readonly share: Dec;
}

/**
 * How much rounding a build of `secondsPerBuild` up to `billedMinutesPerBuild` whole minutes adds:
 * 121 s billed as 3 min bills 48.8% more time, and the rounding is 32.8% of the billed time. Zero
 * when nothing is rounded (or the build takes no time).
 */
export function codeBuildRoundingShares(secondsPerBuild: Dec, billedMinutesPerBuild: Dec): CodeBuildRoundingShares {
  const billedSeconds = billedMinutesPerBuild.times(SIXTY);
  if (secondsPerBuild.isZero() || billedSeconds.lte(secondsPerBuild)) return { more: ZERO, share: ZERO };
  const extra = billedSeconds.minus(secondsPerBuild);
  return { more: extra.div(secondsPerBuild).times(HUNDRED), share: extra.div(billedSeconds).times(HUNDRED) };
}
