/**
 * Pricing a scenario's components: each QuickSight account, EC2 schedule and release flow on its
 * own, and every CodeBuild project (a release flow's builds too) as one account, so the CodeBuild
 * free tier applies once.
 */
import { sum, ZERO } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { SCENARIO_LINES } from './lines.ts';
import { isRecord, own, quoteRef } from '../json.ts';
import { QUICKSIGHT_MODELS, type QuickSightModel, type QuickSightResult } from '../quicksight/results.ts';
import { compareQuickSight } from '../quicksight/compare.ts';
import type { QuickSightUsageInput } from '../quicksight/usage.ts';
import { priceCodeBuildAccount } from '../codebuild/account.ts';
import type { CodeBuildAccountResult, CodeBuildPrices, CodeBuildProjectInput, CodeBuildProjectResult } from '../codebuild/types.ts';
import { ec2SavingsChart } from '../ec2/savings-chart.ts';
import { priceEc2OffHours } from '../ec2/costs.ts';
import type { Ec2OffHoursInput } from '../ec2/types.ts';
import { finishReleaseFlow, parseReleaseFlow, type ParsedReleaseFlow, type ReleaseFlowResult } from '../devtools/release-flow.ts';
import { TWELVE_MONTHS, type ComponentResult, type ScenarioCatalogs, type YearBasis } from './types.ts';
import { contentKey, keyOf, type Memo } from './memo.ts';
import { mergePrices, str } from './prices.ts';

const line = lineMaker(SCENARIO_LINES);

/** What {@link priceComponents} returns. */
export interface PricedComponents {
  /** Every component's result, in the scenario's order. */
  readonly components: readonly ComponentResult[];
  /** The CodeBuild account result (all projects, free tier once), when there are any. */
  readonly codeBuild: CodeBuildAccountResult | null;
  /** How many CodeBuild projects the account has (a release flow's builds are one). */
  readonly codeBuildProjects: number;
}

/**
 * Price the components of a scenario (`comps`: the raw list, at most MAX_COMPONENTS). Throws
 * {@link EngineError} with the path of the offending field.
 */
export function priceComponents(comps: readonly unknown[], catalogs: ScenarioCatalogs, memo: Memo, freeTier: boolean): PricedComponents {
  const ids = new Set<string>();
  const results: (ComponentResult | null)[] = [];
  const cbProjects: { index: number; project: unknown; field?: string }[] = [];
  const flows: { index: number; id: string; name: string; parsed: ParsedReleaseFlow; project: number | null; first: boolean }[] = [];
  let cbPrices: CodeBuildPrices | null = null;

  comps.forEach((c: unknown, i) => {
    const path = joinPath('components', i);
    if (!isRecord(c)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.componentObject' });
    const id = own(c, 'id');
    if (typeof id !== 'string' || id === '' || id.length > 100) throw new EngineError('invalid_type', joinPath(path, 'id'), { expected: '@msg:error.expected.nonEmptyId' });
    if (ids.has(id)) throw new EngineError('duplicate_id', joinPath(path, 'id'), { value: id });
    ids.add(id);
    const type = own(c, 'type');
    const cname = str(own(c, 'name'), joinPath(path, 'name'), '');
    if (type === 'quicksight') {
      const model = own(c, 'model') ?? 'legacy';
      // (A value that is not text is never in the list.)
      if (!(QUICKSIGHT_MODELS as readonly unknown[]).includes(model)) {
        throw new EngineError('unknown_option', joinPath(path, 'model'), { value: quoteRef(model), allowed: QUICKSIGHT_MODELS.join(', ') });
      }
      const comparison = memo.get(() => keyOf('qs', i, own(c, 'usage'), own(c, 'prices')), () => {
        const prices = mergePrices(catalogs.quicksight(), own(c, 'prices'), joinPath(path, 'prices'));
        const usage = own(c, 'usage') ?? {};
        return compareQuickSight(usage as QuickSightUsageInput, prices, joinPath(path, 'usage'), joinPath(path, 'prices'));
      });
      const outcome = comparison[model as QuickSightModel];
      // The chosen model's own error (e.g. contact sales above the largest tier) is the component's error.
      if (!outcome.ok) throw outcome.error;
      const chosen: QuickSightResult = outcome.value;
      results.push({ type: 'quicksight', id, name: cname || 'QuickSight', path, monthly: chosen.total, annual: chosen.total.times(12), year: TWELVE_MONTHS, lines: chosen.lines, model: model as QuickSightModel, chosen, comparison });
    } else if (type === 'codebuild') {
      // One account: the scenario's projects share one price table (the first project's overrides
      // apply to all; each project's own overrides are merged in order).
      cbPrices = mergePrices(cbPrices ?? catalogs.codebuild(), own(c, 'prices'), joinPath(path, 'prices'));
      cbProjects.push({ index: i, project: own(c, 'project') });
      results.push(null);
    } else if (type === 'ec2') {
      const ec2Input = own(c, 'input');
      if (!isRecord(ec2Input)) throw new EngineError('invalid_type', joinPath(path, 'input'), { expected: '@msg:error.expected.ec2InputObject' });
      const region = typeof ec2Input.region === 'string' ? ec2Input.region : 'us-east-1';
      const itype = typeof ec2Input.instanceType === 'string' ? ec2Input.instanceType : '';
      // An EC2 result does not depend on the component's position (only errors name it, and an
      // error is never remembered), so identical EC2 components are priced once.
      const prices = () => mergePrices(catalogs.ec2(region, itype), own(c, 'prices'), joinPath(path, 'prices'));
      const ec2 = memo.shared(contentKey('ec2', ec2Input, own(c, 'prices')), () => priceEc2OffHours(ec2Input as unknown as Ec2OffHoursInput, prices(), joinPath(path, 'input')));
      // A calendar month's year is the sum of the 12 calendar months from it (DST and month lengths
      // differ), not 12 x that month.
      const year = ec2.month.mode !== 'calendar' ? null : memo.shared(contentKey('ec2-year', ec2Input, own(c, 'prices')), () => {
        const chart = ec2SavingsChart(ec2Input as unknown as Ec2OffHoursInput, prices(), joinPath(path, 'input'), 12);
        // (The chart has its 12 months.)
        const first = chart.months[0]!.label;
        const last = chart.months[11]!.label;
        return { total: sum(chart.months.map((m) => m.scheduled)), savings: chart.totalSavings, basis: Object.freeze({ kind: 'calendar-months', from: first, to: last }) as YearBasis };
      });
      results.push({ type: 'ec2', id, name: cname || 'EC2', path, monthly: ec2.total, annual: year ? year.total : ec2.total.times(12), year: year ? year.basis : TWELVE_MONTHS, annualSavings: year ? year.savings : ec2.savings.times(12), lines: ec2.lines, ec2 });
    } else if (type === 'pipeline') {
      const first = flows.length === 0;
      const raw = own(c, 'flow');
      const parsed = parseReleaseFlow(first || !isRecord(raw) ? raw : { ...raw, freeTier: false }, joinPath(path, 'flow'));
      let project: number | null = null;
      if (parsed.buildProject !== null) {
        cbPrices ??= catalogs.codebuild();
        project = cbProjects.length;
        cbProjects.push({ index: i, project: parsed.buildProject, field: 'flow.build' });
      }
      flows.push({ index: i, id, name: cname || parsed.label, parsed, project, first });
      results.push(null);
    } else {
      throw new EngineError('unknown_option', joinPath(path, 'type'), { value: quoteRef(type), allowed: 'quicksight, codebuild, ec2, pipeline' });
    }
  });

  let codeBuild: CodeBuildAccountResult | null = null;
  // (The table is set exactly when there are projects.)
  if (cbPrices !== null) {
    // Price all projects as one account so the free tier applies once. Paths point at each component.
    const projects = cbProjects.map(({ index, project }) => {
      if (!isRecord(project)) throw new EngineError('invalid_type', joinPath('components', index, 'project'), { expected: '@msg:error.expected.codeBuildProjectObject' });
      return project as unknown as CodeBuildProjectInput;
    });
    const prices: CodeBuildPrices = cbPrices;
    const account = memo.get(() => keyOf('cb', cbProjects, prices, freeTier), () =>
      priceCodeBuildAccountAt(projects, prices, freeTier, cbProjects.map((p) => p.index), cbProjects.map((p) => p.field ?? 'project')),
    );
    codeBuild = account;
    cbProjects.forEach(({ index, field }, j) => {
      if (field !== undefined) return;
      const c = comps[index] as Record<string, unknown>;
      const project = account.projects[j]!;
      const cname = typeof c.name === 'string' ? c.name.slice(0, 200) : '';
      results[index] = { type: 'codebuild', id: c.id as string, name: cname || 'CodeBuild', path: joinPath('components', index), monthly: project.total, annual: project.total.times(12), year: TWELVE_MONTHS, lines: project.lines, project };
    });
  }

  for (const f of flows) {
    const path = joinPath('components', f.index);
    const c = comps[f.index] as Record<string, unknown>;
    // Cheap to price, and it depends on the account's CodeBuild result: not remembered.
    const build = f.project === null ? null : codeBuild!.projects[f.project]!;
    const flow = priceFlowAt(f.parsed, build, catalogs, own(c, 'prices'), path, f.first, freeTier);
    results[f.index] = { type: 'pipeline', id: f.id, name: f.name, path, monthly: flow.total, annual: flow.total.times(12), year: TWELVE_MONTHS, lines: flow.lines, flow };
  }

  // Every slot is filled by now (CodeBuild projects and release flows above).
  const components = results as ComponentResult[];
  return { components, codeBuild, codeBuildProjects: cbProjects.length };
}

/** Price a pipeline component's release flow around its builds (priced with the account). */
function priceFlowAt(parsed: ParsedReleaseFlow, build: CodeBuildProjectResult | null, catalogs: ScenarioCatalogs, overrides: unknown, path: string, first: boolean, codeBuildFreeTier: boolean): ReleaseFlowResult {
  if (catalogs.devtools === undefined) throw new EngineError('unknown_price', path, { value: 'CodeCommit, CodeDeploy, CodePipeline' });
  const prices = mergePrices(catalogs.devtools(), overrides, joinPath(path, 'prices'));
  const notes: LineItem[] = [];
  if (!first) notes.push(line('pipeline.freeTierUsed', ZERO, {}, 'info'));
  if (build !== null) {
    notes.push(codeBuildFreeTier
      ? line('pipeline.codebuildAccount', ZERO, {}, 'info')
      : line('pipeline.codebuildNoFreeTier', ZERO, {}, 'info'));
  }
  return finishReleaseFlow(parsed, build, { ...prices, codebuild: {} as CodeBuildPrices }, joinPath(path, 'prices'), notes);
}

/** Price CodeBuild projects as one account, re-pointing error paths at each component. */
function priceCodeBuildAccountAt(projects: CodeBuildProjectInput[], prices: CodeBuildPrices, freeTier: boolean, indices: number[], fields: string[]): CodeBuildAccountResult {
  try {
    return priceCodeBuildAccount({ projects, freeTier }, prices, '');
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    // Every error is inside a project or the price table: the projects are objects (checked above)
    // and the table is a merged object, so neither fails as a whole.
    // "projects.J.rest" -> "components.I.<project or flow.build>.rest"
    const m = /^projects\.(\d+)\.(.*)$/.exec(e.path);
    if (m) {
      const j = Number(m[1]);
      throw new EngineError(e.code, joinPath('components', indices[j]!, ...fields[j]!.split('.'), m[2]!), e.params);
    }
    // "prices.rest" -> the first CodeBuild component's "prices.rest"
    const p = /^prices\.(.*)$/.exec(e.path);
    if (p) throw new EngineError(e.code, joinPath('components', indices[0]!, 'prices', p[1]!), e.params);
    throw e;
  }
}

