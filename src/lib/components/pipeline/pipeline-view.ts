/**
 * Pure helpers of the release-flow editor: where its component lives in the document, and new
 * build groups and actions as the "Add" buttons create them.
 */
import type { PipelineDoc, ScenarioDoc } from '../../state/scenario.svelte.ts';

export type FlowDoc = PipelineDoc['flow'];
export type BuildDoc = NonNullable<FlowDoc['build']>['groups'][number];
export type ActionDoc = NonNullable<NonNullable<FlowDoc['pipeline']>['actions']>[number];

/** The pipeline component at `path` ("components.3") of a document, or null. */
export function pipelineAt(doc: ScenarioDoc, path: string): PipelineDoc | null {
  const m = /^components\.(\d+)$/.exec(path);
  const c = m ? doc.components[Number(m[1])] : undefined;
  return c && c.type === 'pipeline' ? c : null;
}

export function newBuild(label: string): BuildDoc {
  return { label, computeType: 'general1.small', durationSeconds: '180', perCommit: '1' };
}

export function newAction(label: string): ActionDoc {
  return { label, kind: 'build', durationSeconds: '60' };
}

/** A string for a field from a document value that may be a number, a string or absent. */
export function fieldText(v: string | number | undefined, fallback = ''): string {
  return v === undefined ? fallback : typeof v === 'number' ? v.toString() : v;
}
