/**
 * The always-free tier, applied once per AWS account: 100 build-minutes a month shared by
 * general1.small and arm1.small, 6,000 build-seconds shared by the 1 GB Lambda types, counted on
 * BILLED (already rounded) units. How AWS splits a pool between types used in the same month is
 * UNCONFIRMED: nubecalc applies it to the highest-priced eligible units first (the reading most
 * favourable to the customer), ties in project then group order. With the default prices the
 * choice moves a month's bill by at most 100 x ($0.005 - $0.0034) = $0.16.
 */
import { num, sum, ZERO, type Dec } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import type { CodeBuildFreeTierPool } from './compute-types.ts';
import { money } from './group-lines.ts';
import type { GroupCalc } from './groups.ts';
import { line } from './lines.ts';
import type { CodeBuildPriceTable } from './prices.ts';
import type { CodeBuildFreeTierPoolUse } from './types.ts';

/**
 * Apply one free-tier pool: highest unit price first (most favourable to the customer), ties in
 * input order (project order, then group order). Sets each group's `freeUnits`; returns the units used.
 */
function allocatePool(groups: readonly GroupCalc[], pool: CodeBuildFreeTierPool, allowance: Dec): Dec {
  const eligible = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.rule.freeTierPool === pool)
    .sort((a, b) => b.g.unitPrice.comparedTo(a.g.unitPrice) || a.i - b.i);
  let left = allowance;
  for (const { g } of eligible) {
    if (left.lte(0)) break;
    const take = g.billedUnits.lte(left) ? g.billedUnits : left;
    g.freeUnits = take;
    left = left.minus(take);
  }
  return allowance.minus(left);
}

const NONE: CodeBuildFreeTierPoolUse = Object.freeze({ allowance: ZERO, used: ZERO, credit: ZERO });

/** The account's use of both pools (zero when the tier is off). */
export interface FreeTierUse {
  readonly minutes: CodeBuildFreeTierPoolUse;
  readonly lambdaSeconds: CodeBuildFreeTierPoolUse;
}

/** Allocate both pools across every group of the account (sets their `freeUnits`). */
export function applyFreeTier(all: readonly GroupCalc[], freeTier: boolean, book: CodeBuildPriceTable): FreeTierUse {
  if (!freeTier) return { minutes: NONE, lambdaSeconds: NONE };
  const use = (pool: CodeBuildFreeTierPool, allowance: Dec): CodeBuildFreeTierPoolUse => {
    const used = allocatePool(all, pool, allowance);
    const credit = sum(all.filter((g) => g.rule.freeTierPool === pool).map((g) => g.freeUnits.times(g.unitPrice)));
    return Object.freeze({ allowance, used, credit });
  };
  const minutes = book.table.price('freeTierMinutes');
  const seconds = book.table.price('freeTierLambdaSeconds');
  return { minutes: use('ec2-small', minutes), lambdaSeconds: use('lambda-1gb', seconds) };
}

/** The account's free-tier lines: off, each pool used, or nothing eligible. */
export function freeTierLines(all: readonly GroupCalc[], freeTier: boolean, use: FreeTierUse): LineItem[] {
  if (!freeTier) return [line('codebuild.freeTier.off', ZERO, {}, 'info')];
  const lines: LineItem[] = [];
  const hasMin = all.some((g) => g.rule.freeTierPool === 'ec2-small');
  const hasSec = all.some((g) => g.rule.freeTierPool === 'lambda-1gb');
  if (hasMin) {
    const m = use.minutes;
    lines.push(line('codebuild.freeTier.poolMinutes', m.used, { used: num(m.used), allowance: num(m.allowance), credit: money(m.credit) }, 'info', 'minutes'));
  }
  if (hasSec) {
    const s = use.lambdaSeconds;
    lines.push(line('codebuild.freeTier.poolSeconds', s.used, { used: num(s.used), allowance: num(s.allowance), credit: money(s.credit) }, 'info', 'seconds'));
  }
  if (!hasMin && !hasSec) lines.push(line('codebuild.freeTier.notEligible', ZERO, {}, 'info'));
  return lines;
}
