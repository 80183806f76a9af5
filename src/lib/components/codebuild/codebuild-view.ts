/**
 * Small pure helpers of the CodeBuild editor: where its component lives in the document, the
 * price table the engine actually uses, and how a build duration splits into minutes + seconds.
 */
import { CODEBUILD_COMPUTE_TYPE_IDS, CODEBUILD_COMPUTE_TYPES, type CodeBuildComputeType, type CodeBuildPrices } from '../../../engine/index.ts';
import { defaultCodeBuildPrices } from '../../../data/codebuild.ts';
import type { CodeBuildDoc, ScenarioDoc } from '../../state/scenario.svelte.ts';

/** A build group as the editor mutates it. */
export type GroupDoc = CodeBuildDoc['project']['groups'][number];

/** The CodeBuild component at `path` ("components.3") of a document, or null. */
export function codeBuildAt(doc: ScenarioDoc, path: string): CodeBuildDoc | null {
  const m = /^components\.(\d+)$/.exec(path);
  const c = m ? doc.components[Number(m[1])] : undefined;
  return c && c.type === 'codebuild' ? c : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The price table the scenario evaluator uses for CodeBuild: the catalog defaults with every
 * CodeBuild component's overrides merged in order (one price table per AWS account).
 */
export function effectiveCodeBuildPrices(components: readonly unknown[]): CodeBuildPrices {
  const base = defaultCodeBuildPrices();
  const computeTypes: Record<string, string> = { ...base.computeTypes };
  let freeTierMinutes = base.freeTierMinutes;
  let freeTierLambdaSeconds = base.freeTierLambdaSeconds;
  for (const c of components) {
    if (!isRecord(c) || c.type !== 'codebuild' || !isRecord(c.prices)) continue;
    const p = c.prices;
    if (isRecord(p.computeTypes)) {
      for (const [k, v] of Object.entries(p.computeTypes)) if (typeof v === 'string') computeTypes[k] = v;
    }
    if (typeof p.freeTierMinutes === 'string') freeTierMinutes = p.freeTierMinutes;
    if (typeof p.freeTierLambdaSeconds === 'string') freeTierLambdaSeconds = p.freeTierLambdaSeconds;
  }
  return { computeTypes, freeTierMinutes, freeTierLambdaSeconds };
}

/** Compute types grouped for the select: Linux and Windows (per minute), Lambda (per second). */
export const COMPUTE_TYPE_GROUPS: readonly { readonly key: 'linux' | 'windows' | 'lambda'; readonly types: readonly CodeBuildComputeType[] }[] = [
  { key: 'linux', types: CODEBUILD_COMPUTE_TYPE_IDS.filter((t) => CODEBUILD_COMPUTE_TYPES[t].os === 'linux' && CODEBUILD_COMPUTE_TYPES[t].billing === 'minute') },
  { key: 'windows', types: CODEBUILD_COMPUTE_TYPE_IDS.filter((t) => CODEBUILD_COMPUTE_TYPES[t].os === 'windows') },
  { key: 'lambda', types: CODEBUILD_COMPUTE_TYPE_IDS.filter((t) => CODEBUILD_COMPUTE_TYPES[t].billing === 'second') },
];

/** Whole minutes and the remaining seconds of a whole-seconds string ("121" -> 2, 1); null if not whole. */
export function splitDuration(seconds: string): { minutes: string; seconds: string } | null {
  if (!/^\d+$/.test(seconds.trim())) return null;
  const s = BigInt(seconds.trim());
  return { minutes: (s / 60n).toString(), seconds: (s % 60n).toString() };
}

/** Whole seconds from minutes + seconds strings (both whole, non-negative), or null. */
export function joinDuration(minutes: string, seconds: string): string | null {
  if (!/^\d+$/.test(minutes.trim()) || !/^\d+$/.test(seconds.trim())) return null;
  return (BigInt(minutes.trim()) * 60n + BigInt(seconds.trim())).toString();
}

/** The compute types plotted in the cost curve: the group's own first, then a fixed comparison set. */
export function curveTypes(own: string): CodeBuildComputeType[] {
  const set: CodeBuildComputeType[] = ['general1.small', 'arm1.small', 'general1.medium', 'general1.large', 'lambda.arm.1GB', 'lambda.x86-64.1GB'];
  const first = (CODEBUILD_COMPUTE_TYPE_IDS as readonly string[]).includes(own) ? [own as CodeBuildComputeType] : [];
  return [...first, ...set.filter((t) => t !== own)];
}
