/**
 * A build group's arithmetic (domain.md section 2): builds a month, seconds on the clock per build,
 * and the billed quantity. EC2-based compute rounds EACH build's seconds up to a whole minute
 * (300 builds of 121 s bill 900 minutes, not 605); Lambda compute bills seconds, no rounding.
 */
import { ceilWhole, d, parseCount, ZERO, type Dec } from '../decimal.ts';
import { joinPath } from '../errors.ts';
import { asRecord, optionalLabel, own } from '../json.ts';
import { CODEBUILD_COMPUTE_TYPES, type CodeBuildComputeRule, type CodeBuildComputeType } from './compute-types.ts';
import { asArray, parseComputeType, parsePer } from './parse.ts';
import { computeTypePrice, type CodeBuildPriceTable } from './prices.ts';

export const SIXTY = d(60);
const HOURS_PER_MONTH = d(730);
const HOURS_PER_DAY = d(24);

/** A group worked out, before the free tier. */
export interface GroupCalc {
  readonly path: string;
  readonly inputLabel: string | undefined;
  readonly computeType: CodeBuildComputeType;
  readonly rule: CodeBuildComputeRule;
  readonly per: 'month' | 'day';
  readonly count: Dec;
  readonly buildsPerMonth: Dec;
  readonly durationSeconds: Dec;
  readonly overheadSeconds: Dec;
  readonly secondsPerBuild: Dec;
  readonly billedMinutesPerBuild: Dec;
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
  readonly billedUnits: Dec;
  readonly unitPrice: Dec;
  readonly grossCost: Dec;
  /** Set by the free-tier allocation. */
  freeUnits: Dec;
}

/** A project worked out: its name and groups. */
export interface ProjectCalc {
  /** The input label, or "project N" when it has none. */
  readonly label: string;
  /** The input label, if any (the line items then quote it). */
  readonly inputLabel: string | undefined;
  /** 1-based position among the account's projects. */
  readonly number: number;
  readonly groups: GroupCalc[];
}

/** Whole minutes billed for a build of `seconds` on a minute-billed compute type. */
export function billedMinutesFor(seconds: Dec): Dec {
  return ceilWhole(seconds.div(SIXTY));
}

function calcGroup(raw: unknown, path: string, projectOverhead: Dec, book: CodeBuildPriceTable): GroupCalc {
  const g = asRecord(raw, path, '@msg:error.expected.buildGroup');
  const inputLabel = optionalLabel(own(g, 'label'), joinPath(path, 'label'));
  const computeType = parseComputeType(own(g, 'computeType'), joinPath(path, 'computeType'));
  const rule: CodeBuildComputeRule = CODEBUILD_COMPUTE_TYPES[computeType];
  const count = parseCount(own(g, 'count'), joinPath(path, 'count'));
  const per = parsePer(own(g, 'per'), joinPath(path, 'per'));
  const durationSeconds = parseCount(own(g, 'durationSeconds'), joinPath(path, 'durationSeconds'));
  const ownOverhead = own(g, 'overheadSeconds');
  const overheadSeconds = ownOverhead === undefined ? projectOverhead : parseCount(ownOverhead, joinPath(path, 'overheadSeconds'));
  const unitPrice = computeTypePrice(book, computeType, joinPath(path, 'computeType'));

  // Multiply before dividing, so whole results stay exact (24/day x 730 / 24 = 730 builds).
  const buildsPerMonth = per === 'day' ? count.times(HOURS_PER_MONTH).div(HOURS_PER_DAY) : count;
  const secondsPerBuild = durationSeconds.plus(overheadSeconds);
  const billedSeconds = buildsPerMonth.times(secondsPerBuild);
  let rawMinutes = billedSeconds.div(SIXTY);
  let billedMinutesPerBuild: Dec;
  let billedMinutes: Dec;
  let billedUnits: Dec;
  if (rule.billing === 'minute') {
    billedMinutesPerBuild = billedMinutesFor(secondsPerBuild);
    billedMinutes = buildsPerMonth.times(billedMinutesPerBuild);
    // A whole number of minutes per build: raw IS billed (no last-digit drift between the two).
    if (billedMinutesPerBuild.times(SIXTY).eq(secondsPerBuild)) rawMinutes = billedMinutes;
    billedUnits = billedMinutes;
  } else {
    billedMinutesPerBuild = secondsPerBuild.div(SIXTY);
    billedMinutes = rawMinutes;
    billedUnits = billedSeconds;
  }
  return {
    path,
    inputLabel,
    computeType,
    rule,
    per,
    count,
    buildsPerMonth,
    durationSeconds,
    overheadSeconds,
    secondsPerBuild,
    billedMinutesPerBuild,
    rawMinutes,
    billedMinutes,
    billedUnits,
    unitPrice,
    grossCost: billedUnits.times(unitPrice),
    freeUnits: ZERO,
  };
}

/** Check and work out one project (the `index`-th of its account) and its groups. */
export function calcProject(raw: unknown, path: string, index: number, book: CodeBuildPriceTable): ProjectCalc {
  const p = asRecord(raw, path, '@msg:error.expected.codeBuildProject');
  const inputLabel = optionalLabel(own(p, 'label'), joinPath(path, 'label'));
  const label = inputLabel ?? `project ${index + 1}`;
  const ovRaw = own(p, 'overheadSeconds');
  const overhead = ovRaw === undefined ? ZERO : parseCount(ovRaw, joinPath(path, 'overheadSeconds'));
  const groupsPath = joinPath(path, 'groups');
  const groups = asArray(own(p, 'groups'), groupsPath, '@msg:error.expected.listOfBuildGroups').map((g, i) =>
    calcGroup(g, joinPath(groupsPath, i), overhead, book),
  );
  return { label, inputLabel, number: index + 1, groups };
}
