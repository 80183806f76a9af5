/**
 * A release flow: the course's source -> build -> deploy chain priced as one (domain.md section 5).
 *
 * Each commit pushed to the CodeCommit repository runs the pipeline once: its actions execute
 * (V2: each rounded up to the minute), CodeBuild runs the build groups (section 2: each build
 * rounded up to the minute), and CodeDeploy deploys once (charged only on premises).
 * Monthly cost = CodeCommit (active users incl. the service roles, storage, Git requests)
 * + CodeBuild + CodeDeploy + CodePipeline (V1 active pipeline or V2 action minutes), with each
 * free tier applied once (the account's).
 *
 * Rules nubecalc decided (say so in the README):
 * - The CodeBuild and CodePipeline service roles are active CodeCommit users (the pricing page
 *   counts identities created by other AWS services): +1 for the builds, +1 for the pipeline,
 *   when there is at least one commit.
 * - Git requests: `gitRequestsPerCommit` per commit (default 2: the developer's push and the
 *   pipeline's source fetch; CodeBuild gets the source from the pipeline's artifact), plus
 *   `otherGitRequests` a month (developers' pulls and clones).
 * - A V1 pipeline is active when at least one commit runs through it in the month.
 */
import { d, Dec, isPositive, num, sum, usd, ZERO } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { DEVTOOLS_LINES } from './lines.ts';
import { asRecord, optionalLabel, own, describeRef } from '../json.ts';
import { isCodeBuildComputeType, CODEBUILD_COMPUTE_TYPE_IDS } from '../codebuild/compute-types.ts';
import { priceCodeBuildProject } from '../codebuild/account.ts';
import type { CodeBuildPrices, CodeBuildProjectInput, CodeBuildProjectResult } from '../codebuild/types.ts';
import { priceCodeCommit, type CodeCommitPrices, type CodeCommitResult, type DevToolsNumberInput } from './codecommit.ts';
import { priceCodeDeploy, type CodeDeployInput, type CodeDeployPrices, type CodeDeployResult, type CodeDeployTarget } from './codedeploy.ts';
import { billAction, priceCodePipelineV1, priceV2Actions, type CodePipelinePrices, type CodePipelineV1Result, type CodePipelineV2Result, type PipelineActionKind, MAX_PIPELINE_ACTIONS } from './codepipeline.ts';
import { countOr, decimalOr, flagOr, listAt, optionOr } from './shared.ts';

/** One build group run by every commit. */
export interface ReleaseBuildGroupInput {
  readonly label?: string;
  readonly computeType: string;
  /** Seconds each build takes (whole seconds, as CodeBuild groups). */
  readonly durationSeconds: DevToolsNumberInput;
  readonly overheadSeconds?: DevToolsNumberInput;
  /** Builds of this group per commit (default 1). */
  readonly perCommit?: DevToolsNumberInput;
}

/** One pipeline action run by every commit. */
export interface ReleaseActionInput {
  readonly label?: string;
  /** Default 'build'. */
  readonly kind?: PipelineActionKind;
  readonly durationSeconds: DevToolsNumberInput;
}

/** The whole release flow (plain JSON). */
export interface ReleaseFlowInput {
  readonly label?: string;
  /** Commits pushed (and released) a month. */
  readonly commitsPerMonth: DevToolsNumberInput;
  readonly repository?: {
    /** Developers who access the repository in the month. */
    readonly developers?: DevToolsNumberInput;
    readonly storageGb?: DevToolsNumberInput;
    /** Default 2 (a push and the pipeline's source fetch). */
    readonly gitRequestsPerCommit?: DevToolsNumberInput;
    readonly otherGitRequests?: DevToolsNumberInput;
  };
  readonly build?: { readonly overheadSeconds?: DevToolsNumberInput; readonly groups: readonly ReleaseBuildGroupInput[] };
  readonly deploy?: { readonly target?: CodeDeployTarget; readonly instances?: DevToolsNumberInput };
  readonly pipeline?: { readonly version?: 'V1' | 'V2'; readonly actions?: readonly ReleaseActionInput[] };
  /** Apply the CodeCommit and CodePipeline free tiers (default true); standalone, CodeBuild's too. */
  readonly freeTier?: boolean;
}

/** Prices of every service in the flow. */
export interface ReleaseFlowPrices {
  readonly codecommit: CodeCommitPrices;
  readonly codedeploy: CodeDeployPrices;
  readonly codepipeline: CodePipelinePrices;
  readonly codebuild: CodeBuildPrices;
}

/** Monthly USD by service. */
export interface ReleaseFlowServices {
  readonly codecommit: Dec;
  readonly codebuild: Dec;
  readonly codedeploy: Dec;
  readonly codepipeline: Dec;
}

/** What {@link priceReleaseFlow} returns. */
export interface ReleaseFlowResult {
  readonly label: string;
  /** False when the flow has no label of its own ("Release flow" is the engine's stand-in). */
  readonly named: boolean;
  readonly commitsPerMonth: Dec;
  readonly codeCommit: CodeCommitResult;
  /** The flow's builds (null when it has none). */
  readonly codeBuild: CodeBuildProjectResult | null;
  readonly codeDeploy: CodeDeployResult;
  readonly codePipeline: CodePipelineV1Result | CodePipelineV2Result;
  readonly services: ReleaseFlowServices;
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** A flow parsed, before its builds are priced (internal: the scenario prices builds per account). */
export interface ParsedReleaseFlow {
  readonly input: Record<string, unknown>;
  readonly path: string;
  readonly label: string;
  /** False when the flow has no label of its own (its lines name it "Release flow" in the page language). */
  readonly named: boolean;
  readonly commits: Dec;
  readonly freeTier: boolean;
  /** The builds as a CodeBuild project (counts = commits x perCommit a month), or null. */
  readonly buildProject: CodeBuildProjectInput | null;
  /** Path of the build project inside the input (`<path>.build`). */
  readonly buildPath: string;
}

const MAX_GROUPS = 50;
const line = lineMaker(DEVTOOLS_LINES);

/** Parse a flow and turn its builds into a CodeBuild project (internal). */
export function parseReleaseFlow(input: unknown, path: string): ParsedReleaseFlow {
  const o = asRecord(input, path, '@msg:error.expected.releaseFlow');
  const given = optionalLabel(own(o, 'label'), joinPath(path, 'label'), 80);
  const label = given ?? 'Release flow';
  const commits = countOr(o, 'commitsPerMonth', path);
  const freeTier = flagOr(o, 'freeTier', path, true);
  const buildPath = joinPath(path, 'build');
  const rawBuild = own(o, 'build');
  let buildProject: CodeBuildProjectInput | null = null;
  if (rawBuild !== undefined && rawBuild !== null) {
    const b = asRecord(rawBuild, buildPath, '@msg:error.expected.buildsGroups');
    const groups = listAt(own(b, 'groups'), joinPath(buildPath, 'groups'), '@msg:error.expected.listOfBuildGroups', MAX_GROUPS).map((g, i) => {
      const gp = joinPath(buildPath, 'groups', i);
      const go = asRecord(g, gp, '@msg:error.expected.buildGroup');
      const type = own(go, 'computeType');
      if (!isCodeBuildComputeType(type)) {
        if (type === undefined || type === null || type === '') throw new EngineError('required', joinPath(gp, 'computeType'));
        throw new EngineError('unknown_option', joinPath(gp, 'computeType'), { value: typeof type === 'string' ? type.slice(0, 40) : describeRef(type), allowed: CODEBUILD_COMPUTE_TYPE_IDS.join(', ') });
      }
      const perCommit = countOr(go, 'perCommit', gp, d(1));
      const lbl = optionalLabel(own(go, 'label'), joinPath(gp, 'label'), 80);
      // An absent label or overhead is passed on as undefined, which CodeBuild reads as absent.
      return { computeType: type, count: commits.times(perCommit).toFixed(), per: 'month', durationSeconds: own(go, 'durationSeconds'), label: lbl, overheadSeconds: own(go, 'overheadSeconds') };
    });
    if (groups.length > 0) {
      buildProject = { label, groups, overheadSeconds: own(b, 'overheadSeconds') } as unknown as CodeBuildProjectInput;
    }
  }
  return { input: o, path, label, named: given !== undefined, commits, freeTier, buildProject, buildPath };
}

/**
 * Price the rest of a parsed flow around its priced builds (internal: the scenario prices the
 * builds with the account's other CodeBuild projects, so the free tier applies once).
 */
export function finishReleaseFlow(f: ParsedReleaseFlow, build: CodeBuildProjectResult | null, prices: ReleaseFlowPrices, pricesPath = 'prices', extraLines: readonly LineItem[] = []): ReleaseFlowResult {
  const { input: o, path, commits } = f;
  const active = isPositive(commits);
  const repoPath = joinPath(path, 'repository');
  const repo = asRecord(own(o, 'repository') ?? {}, repoPath, '@msg:error.expected.repository');
  const developers = countOr(repo, 'developers', repoPath);
  const perCommit = countOr(repo, 'gitRequestsPerCommit', repoPath, d(2));
  const other = countOr(repo, 'otherGitRequests', repoPath);
  const storageGb = decimalOr(repo, 'storageGb', repoPath);

  const pipePath = joinPath(path, 'pipeline');
  const pipe = asRecord(own(o, 'pipeline') ?? {}, pipePath, '@msg:error.expected.pipelineVersionActions');
  const version = optionOr(pipe, 'version', pipePath, ['V1', 'V2'] as const, 'V1');
  const hasBuilds = build !== null;
  const roles = active ? d((hasBuilds ? 1 : 0) + 1) : ZERO;
  const gitRequests = commits.times(perCommit).plus(other);
  const codeCommit = priceCodeCommit({ activeUsers: developers.toFixed(), serviceRoles: roles.toFixed(), storageGb: storageGb.toFixed(), gitRequests: gitRequests.toFixed(), freeTier: f.freeTier }, prices.codecommit, repoPath, joinPath(pricesPath, 'codecommit'));

  const depPath = joinPath(path, 'deploy');
  const dep = asRecord(own(o, 'deploy') ?? {}, depPath, '@msg:error.expected.deploymentTargetInstances');
  // priceCodeDeploy checks the target and the instances (at the same paths, target first) and applies their defaults.
  const deploy = { target: own(dep, 'target'), deployments: commits.toFixed(), instances: own(dep, 'instances') } as CodeDeployInput;
  const codeDeploy = priceCodeDeploy(deploy, prices.codedeploy, depPath, joinPath(pricesPath, 'codedeploy'));

  let codePipeline: CodePipelineV1Result | CodePipelineV2Result;
  const cpPrices = joinPath(pricesPath, 'codepipeline');
  if (version === 'V1') {
    codePipeline = priceCodePipelineV1({ activePipelines: active ? 1 : 0, inactivePipelines: active ? 0 : 1, freeTier: f.freeTier }, prices.codepipeline, pipePath, cpPrices);
  } else {
    const actsPath = joinPath(pipePath, 'actions');
    const acts = listAt(own(pipe, 'actions'), actsPath, '@msg:error.expected.listOfActions', MAX_PIPELINE_ACTIONS).map((a, i) => {
      const ap = joinPath(actsPath, i);
      const ao = asRecord(a, ap, '@msg:error.expected.pipelineAction');
      return billAction({ label: own(ao, 'label'), kind: own(ao, 'kind'), durationSeconds: own(ao, 'durationSeconds'), executions: commits.toFixed() }, ap, i);
    });
    codePipeline = priceV2Actions(acts, f.freeTier, prices.codepipeline, cpPrices);
  }

  const services: ReleaseFlowServices = {
    codecommit: codeCommit.total,
    codebuild: build?.total ?? ZERO,
    codedeploy: codeDeploy.total,
    codepipeline: codePipeline.total,
  };
  const total = sum([services.codecommit, services.codebuild, services.codedeploy, services.codepipeline]);
  const lines: LineItem[] = [
    line('pipeline.commits', commits, { flow: f.named ? f.label : '@msg:pipeline.flowName', commits: num(commits) }, 'info', 'commits'),
    ...extraLines,
    ...codeCommit.lines,
    ...(build?.lines ?? []),
    ...codeDeploy.lines,
    ...codePipeline.lines,
  ];
  const parts = { codecommit: usd(services.codecommit, 2), codebuild: usd(services.codebuild, 2), codedeploy: usd(services.codedeploy, 2), codepipeline: usd(services.codepipeline, 2), total: usd(total, 2) };
  lines.push(line('pipeline.total', total, parts, 'info'));
  return Object.freeze({ label: f.label, named: f.named, commitsPerMonth: commits, codeCommit, codeBuild: build, codeDeploy, codePipeline, services: Object.freeze(services), total, lines: Object.freeze(lines) });
}

/**
 * Price a whole release flow for a month: commits x (pipeline actions, builds, one deployment)
 * plus the monthly fees, one total and line items per service. `freeTier` (default true) applies
 * every service's free tier once, CodeBuild's included: turn it off when other projects of the
 * account already use them.
 * @param input the flow (plain JSON)
 * @param prices e.g. `defaultReleaseFlowPrices()` from src/data/devtools.ts
 * @throws EngineError with the path of the bad field
 */
export function priceReleaseFlow(input: ReleaseFlowInput, prices: ReleaseFlowPrices, path = ''): ReleaseFlowResult {
  const f = parseReleaseFlow(input, path);
  const pr = asRecord(prices, 'prices', '@msg:error.expected.releaseFlowPrices');
  const build = f.buildProject === null ? null : (priceCodeBuildProject(f.buildProject, own(pr, 'codebuild') as CodeBuildPrices, { freeTier: f.freeTier }, f.buildPath).projects[0] ?? null);
  return finishReleaseFlow(f, build, prices);
}
