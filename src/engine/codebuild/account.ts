/**
 * AWS CodeBuild on-demand pricing (domain.md section 2): an account's projects priced for a month.
 *
 * Builds are described as GROUPS (how many builds of one compute type, how long each), never as a
 * monthly minute total, because AWS rounds EACH build of an EC2-based compute type up to the next
 * whole minute (groups.ts). Lambda compute types bill per second with no rounding. The clock also
 * runs during provisioning and queue phases, so a per-build overhead in seconds can be added per
 * project (or per group).
 *
 * The always-free tier belongs to the AWS ACCOUNT, so it is a toggle and is applied once across
 * every project priced together by {@link priceCodeBuildAccount} (free-tier.ts).
 *
 * Prices are an argument ({@link CodeBuildPrices}); the defaults live in `src/data/codebuild.json`.
 */
import { isPositive, num, sum, type Dec } from '../decimal.ts';
import { joinPath } from '../errors.ts';
import type { LineItem } from '../explain.ts';
import { asRecord, own } from '../json.ts';
import { applyFreeTier, freeTierLines } from './free-tier.ts';
import { finishGroup, money } from './group-lines.ts';
import { calcProject, type ProjectCalc } from './groups.ts';
import { line } from './lines.ts';
import { asArray, optionalBoolean } from './parse.ts';
import { codeBuildPriceTable, type CodeBuildPriceTable } from './prices.ts';
import type { CodeBuildAccountInput, CodeBuildAccountResult, CodeBuildOptions, CodeBuildPrices, CodeBuildProjectInput, CodeBuildProjectResult } from './types.ts';

interface Totals {
  rawMinutes: Dec;
  billedMinutes: Dec;
  roundingMinutes: Dec;
  roundingCost: Dec;
  grossCost: Dec;
  freeTierCredit: Dec;
  total: Dec;
}

function totalsOf(items: readonly Totals[]): Totals {
  return {
    rawMinutes: sum(items.map((x) => x.rawMinutes)),
    billedMinutes: sum(items.map((x) => x.billedMinutes)),
    roundingMinutes: sum(items.map((x) => x.roundingMinutes)),
    roundingCost: sum(items.map((x) => x.roundingCost)),
    grossCost: sum(items.map((x) => x.grossCost)),
    freeTierCredit: sum(items.map((x) => x.freeTierCredit)),
    total: sum(items.map((x) => x.total)),
  };
}

function finishProject(p: ProjectCalc): CodeBuildProjectResult {
  const groups = p.groups.map((g) => finishGroup(g, p.label));
  const t = totalsOf(groups);
  const params = {
    project: p.label,
    projectName: p.inputLabel === undefined ? '@msg:codebuild.project.numbered' : '@msg:codebuild.project.named',
    number: String(p.number),
    billedMinutes: num(t.billedMinutes),
    rawMinutes: num(t.rawMinutes),
    grossCost: money(t.grossCost),
    freeTierCredit: money(t.freeTierCredit),
    total: money(t.total),
  };
  const summary = line(isPositive(t.freeTierCredit) ? 'codebuild.project.totalWithFreeTier' : 'codebuild.project.total', t.total, params, 'info');
  const lines = [...groups.flatMap((g) => g.lines), summary];
  return Object.freeze({
    label: p.label,
    groups: Object.freeze(groups),
    buildsPerMonth: sum(groups.map((g) => g.buildsPerMonth)),
    rawMinutes: t.rawMinutes,
    billedMinutes: t.billedMinutes,
    roundingMinutes: t.roundingMinutes,
    roundingCost: t.roundingCost,
    grossCost: t.grossCost,
    freeTierCredit: t.freeTierCredit,
    total: t.total,
    lines: Object.freeze(lines),
  });
}

function priceProjects(projects: ProjectCalc[], freeTier: boolean, book: CodeBuildPriceTable): CodeBuildAccountResult {
  const all = projects.flatMap((p) => p.groups);
  const use = applyFreeTier(all, freeTier, book);
  const results = projects.map(finishProject);
  const t = totalsOf(results);
  const lines: LineItem[] = results.flatMap((r) => r.lines);

  if (isPositive(t.roundingMinutes)) {
    const p = { billedMinutes: num(t.billedMinutes), rawMinutes: num(t.rawMinutes), roundingMinutes: num(t.roundingMinutes), roundingCost: money(t.roundingCost) };
    lines.push(line('codebuild.rounding.total', t.roundingCost, p, 'info'));
  }
  lines.push(...freeTierLines(all, freeTier, use));
  const tp = { grossCost: money(t.grossCost), freeTierCredit: money(t.freeTierCredit), total: money(t.total) };
  lines.push(line(isPositive(t.freeTierCredit) ? 'codebuild.totalWithFreeTier' : 'codebuild.total', t.total, tp, 'info'));

  return Object.freeze({
    projects: Object.freeze(results),
    rawMinutes: t.rawMinutes,
    billedMinutes: t.billedMinutes,
    roundingMinutes: t.roundingMinutes,
    roundingCost: t.roundingCost,
    grossCost: t.grossCost,
    freeTierCredit: t.freeTierCredit,
    total: t.total,
    freeTier: Object.freeze({ enabled: freeTier, minutes: use.minutes, lambdaSeconds: use.lambdaSeconds }),
    lines: Object.freeze(lines),
  });
}

/**
 * Price several CodeBuild projects of ONE AWS account for a month, applying the free tier once
 * across all of them when `input.freeTier` is true.
 *
 * Rules (domain.md section 2):
 * - EC2-based compute: each build's seconds (duration + overhead) are rounded UP to a whole
 *   minute per build (121 s bills 3 min, 120 s bills 2), then multiplied by the builds.
 * - Lambda compute: per second, no rounding.
 * - 'per day' counts become a month with 730/24 days (AWS Pricing Calculator's 730-hour month);
 *   the resulting builds per month are kept exact (they may be fractional, e.g. 304.1666...).
 * - A group's `overheadSeconds` replaces its project's `overheadSeconds` (default 0).
 * - Free tier (always free, per account): `prices.freeTierMinutes` (100) build-minutes shared by
 *   general1.small and arm1.small, `prices.freeTierLambdaSeconds` (6,000) build-seconds shared by
 *   the 1 GB Lambda types, counted on BILLED (already rounded) units. The split of a pool between
 *   types is UNCONFIRMED at AWS: nubecalc applies it to the highest-priced eligible units first,
 *   ties in project then group order (most favourable to the customer).
 * - The rounding cost shown is the extra billed minutes x price, before the free tier.
 *
 * @param input the account's projects and the free-tier toggle (plain JSON)
 * @param prices price table, e.g. from `defaultCodeBuildPrices()`
 * @param path base path of `input` inside a scenario, used in error paths
 * @throws EngineError (`required`, `invalid_type`, `unknown_option`, `unknown_price`, number codes)
 */
export function priceCodeBuildAccount(input: CodeBuildAccountInput, prices: CodeBuildPrices, path = ''): CodeBuildAccountResult {
  const root = asRecord(input, path, '@msg:error.expected.codeBuildAccount');
  const book = codeBuildPriceTable(prices);
  const freeTier = optionalBoolean(own(root, 'freeTier'), joinPath(path, 'freeTier'));
  const projectsPath = joinPath(path, 'projects');
  const projects = asArray(own(root, 'projects'), projectsPath, '@msg:error.expected.listOfCodeBuildProjects').map((p, i) =>
    calcProject(p, joinPath(projectsPath, i), i, book),
  );
  return priceProjects(projects, freeTier, book);
}

/**
 * Price one CodeBuild project (convenience wrapper over {@link priceCodeBuildAccount}): the
 * result is an account result with a single project. Turn `options.freeTier` on only when no
 * other project of the AWS account uses the free tier.
 *
 * @param project the project (plain JSON)
 * @param prices price table, e.g. from `defaultCodeBuildPrices()`
 * @param options `{ freeTier }` (default off)
 * @param path base path of `project` inside a scenario, used in error paths
 */
export function priceCodeBuildProject(
  project: CodeBuildProjectInput,
  prices: CodeBuildPrices,
  options: CodeBuildOptions = {},
  path = '',
): CodeBuildAccountResult {
  const book = codeBuildPriceTable(prices);
  const opts = asRecord(options, 'options', '@msg:error.expected.options');
  const freeTier = optionalBoolean(own(opts, 'freeTier'), 'options.freeTier');
  return priceProjects([calcProject(project, path, 0, book)], freeTier, book);
}

/**
 * The monthly total of one project priced alone, without its line items (the cost curve's points):
 * the same arithmetic as {@link priceCodeBuildProject}, so the chart and the lines agree.
 */
export function codeBuildProjectTotal(project: CodeBuildProjectInput, prices: CodeBuildPrices, freeTier: boolean): Dec {
  const book = codeBuildPriceTable(prices);
  const { groups } = calcProject(project, '', 0, book);
  applyFreeTier(groups, freeTier, book);
  // The sums priceProjects makes (the groups' totals, then the account's one project), so the
  // chart's point equals the priced total to the last digit.
  return sum([sum(groups.map((g) => g.grossCost.minus(g.freeUnits.times(g.unitPrice))))]);
}
