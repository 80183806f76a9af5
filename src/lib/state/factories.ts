/**
 * Default new components and architecture nodes, as a user would want them when they press
 * "Add": realistic, valid, and small.
 */
import type { PipelineDoc as PipelineComponent, CodeBuildDoc as CodeBuildComponent, Ec2Doc as Ec2Component, QuickSightDoc as QuickSightComponent, ComponentDoc as ScenarioComponent, DeepMutable } from './scenario.svelte.ts';
import { type NodeSpec as EngineNodeSpec, SCHEDULE_PRESETS } from '../../engine/index.ts';

export type NodeSpec = DeepMutable<EngineNodeSpec>;
import { newId } from './scenario.svelte.ts';

export type ComponentType = ScenarioComponent['type'];
export const COMPONENT_TYPES: readonly ComponentType[] = ['quicksight', 'codebuild', 'ec2', 'pipeline'];

export function newQuickSight(name = 'QuickSight', groupName = 'Readers'): QuickSightComponent {
  return {
    id: newId('qs'),
    type: 'quicksight',
    name,
    model: 'legacy',
    usage: {
      edition: 'enterprise',
      authorsAnnual: '2',
      authorsMonthly: '0',
      authorPro: '0',
      readerPro: '0',
      spiceGb: '0',
      readerGroups: [{ name: groupName, readers: '50', visitsPerReader: '10', minutesPerVisit: '20', emailedReportsPerReader: '0' }],
    },
  };
}

export function newCodeBuild(name = 'CodeBuild', groupLabel = 'Builds'): CodeBuildComponent {
  return {
    id: newId('cb'),
    type: 'codebuild',
    name,
    project: { overheadSeconds: '0', groups: [{ label: groupLabel, computeType: 'general1.small', count: '10', per: 'day', durationSeconds: '240' }] },
  };
}

export function newEc2(name = 'EC2'): Ec2Component {
  return {
    id: newId('ec'),
    type: 'ec2',
    name,
    input: {
      region: 'us-east-1',
      instanceType: 't3.medium',
      count: '1',
      billing: 'per-second',
      schedule: { periods: SCHEDULE_PRESETS.officeHours.map((p) => ({ ...p, days: [...p.days] })), timeZone: 'Europe/Madrid', holidays: [] },
      monthMode: 'average',
      yearMonth: '2026-03',
      volumes: [{ type: 'gp3', sizeGb: '30', count: '1' }],
      elasticIps: '0',
      publicIpv4: true,
    },
  };
}

/** A small release flow: 60 commits a month, 5 developers, one build, a V2 pipeline, EC2 deploys. */
export function newPipeline(name = 'Release flow', buildLabel = 'Build'): PipelineComponent {
  return {
    id: newId('pl'),
    type: 'pipeline',
    name,
    flow: {
      commitsPerMonth: '60',
      repository: { developers: '5', storageGb: '1', gitRequestsPerCommit: '2', otherGitRequests: '500' },
      build: { groups: [{ label: buildLabel, computeType: 'general1.small', durationSeconds: '180', perCommit: '1' }] },
      deploy: { target: 'ec2', instances: '2' },
      pipeline: {
        version: 'V2',
        actions: [
          { label: 'Source', kind: 'source', durationSeconds: '10' },
          { label: 'Build', kind: 'build', durationSeconds: '200' },
          { label: 'Deploy', kind: 'deploy', durationSeconds: '60' },
        ],
      },
      freeTier: true,
    },
  };
}

/** A new component named in the page language (`t` translates the default names). */
export function newComponent(type: ComponentType, t: (key: string) => string = (k) => k): ScenarioComponent {
  const name = t(`kind.${type}`);
  if (type === 'quicksight') return newQuickSight(name, t('factory.readers'));
  if (type === 'codebuild') return newCodeBuild(name, t('factory.builds'));
  if (type === 'pipeline') return newPipeline(name, t('pl.build.default'));
  return newEc2(name);
}

/** A copy with fresh ids (the component's and, for trees, every node's). */
export function duplicateComponent<T extends ScenarioComponent>(c: T, nameSuffix: string): T {
  const copy = structuredClone(c) as T & { id: string; name?: string };
  copy.id = newId(c.type.slice(0, 2));
  copy.name = `${c.name ?? ''}${nameSuffix}`;
  return copy;
}

export function newAvailabilityComponent(sla = 'ec2-instance', name = 'EC2 instance'): NodeSpec {
  return { kind: 'component', id: newId('n'), name, sla, replicas: '1' };
}

export function newGroup(kind: 'series' | 'parallel', name: string, children: NodeSpec[] = []): NodeSpec {
  return { kind, id: newId('g'), name, children };
}

/** Deep copy of a node with fresh ids everywhere. */
export function cloneNode(n: NodeSpec): NodeSpec {
  const c = structuredClone(n) as NodeSpec & { id: string };
  const walk = (x: Record<string, unknown>): void => {
    if (typeof x.id === 'string') x.id = newId('n');
    for (const k of ['children'] as const) if (Array.isArray(x[k])) (x[k] as Record<string, unknown>[]).forEach(walk);
    for (const k of ['member', 'primary', 'standby'] as const) if (x[k] && typeof x[k] === 'object') walk(x[k] as Record<string, unknown>);
  };
  walk(c as unknown as Record<string, unknown>);
  return c;
}
