import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioInput } from '../../../src/engine/index.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import { appCatalogs } from '../../../src/lib/state/catalogs.ts';
import { validateScenario } from '../../../src/lib/state/schema.ts';
import { errorOf } from '../helpers.ts';

const doc = (components: unknown[], codeBuildFreeTier = true): ScenarioInput =>
  ({ format: 'nubecalc-scenario', version: 1, name: 'T', settings: { codeBuildFreeTier }, components }) as unknown as ScenarioInput;

const flow = (extra: Record<string, unknown> = {}) => ({
  commitsPerMonth: '100',
  repository: { developers: '5' },
  build: { groups: [{ computeType: 'general1.small', durationSeconds: '60' }] },
  pipeline: { version: 'V1' },
  ...extra,
});

describe('pipeline components in a scenario', () => {
  it('the Team CI example prices its release flow beside the CodeBuild project', () => {
    // CI pipeline (CodeBuild, as before): $31.7417 (see test/e2e/presets.spec.ts).
    // Release flow: CodeCommit 8 devs + 2 roles = 10 - 5 free = 5 x $1 = $5.00;
    //   CodeBuild 120 x ceil(240/60) = 480 min x $0.005 = $2.40 (the account's free tier went to the CI project first);
    //   CodeDeploy on EC2 $0; CodePipeline V2 120 x (1 + 5 + 2) = 960 min - 100 free = 860 x $0.002 = $1.72 -> $9.12.
    // Total 31.741667 + 9.12 = 40.861667 -> $40.86; x 12 = $490.34
    const team = PRESETS.find((p) => p.id === 'team-ci');
    const r = evaluateScenario(team?.build(), appCatalogs);
    expect(r.components.map((c) => [c.type, c.monthly.toFixed(2)])).toEqual([['codebuild', '31.74'], ['pipeline', '9.12']]);
    expect(r.monthlyTotal.toFixed(2)).toBe('40.86');
    expect(r.annualTotal.toFixed(2)).toBe('490.34');
    expect(validateScenario(team?.build()).ok).toBe(true);
  });

  it('the CodeBuild free tier applies once across CodeBuild projects and pipeline builds', () => {
    // pipeline builds 100 x 1 min = 100 min; project 50 x 1 min = 50 min; 150 min - 100 free = 50 x $0.005 = $0.25 in all
    const project = { id: 'cb', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: '50', per: 'month', durationSeconds: '60' }] } };
    const r = evaluateScenario(doc([project, { id: 'pl', type: 'pipeline', flow: flow() }]), appCatalogs);
    const cb = r.codeBuild;
    expect(cb?.billedMinutes.toFixed()).toBe('150');
    expect(cb?.total.toFixed(2)).toBe('0.25');
    // CodeCommit 5 devs + 2 roles = 7 - 5 = 2 x $1 = $2; V1: 1 active, free. Pipeline = $2 + its builds' share.
    const pl = r.components.find((c) => c.type === 'pipeline');
    expect(pl?.type === 'pipeline' && pl.flow.services.codecommit.toFixed(2)).toBe('2.00');
    // the total counts each build once: 0.25 (CodeBuild) + 2.00 (CodeCommit)
    expect(r.monthlyTotal.toFixed(2)).toBe('2.25');
  });

  it('the CodeCommit and CodePipeline free tiers go to the first pipeline only', () => {
    // each: 5 devs + 2 roles = 7 users. First: 2 paid = $2, pipeline free. Second: 7 x $1 + $1 pipeline = $8.
    // builds: 200 min - 100 free = 100 x $0.005 = $0.50. Total 2 + 8 + 0.50 = $10.50
    const r = evaluateScenario(doc([{ id: 'a', type: 'pipeline', flow: flow() }, { id: 'b', type: 'pipeline', flow: flow() }]), appCatalogs);
    expect(r.components.map((c) => c.type === 'pipeline' && c.flow.services.codecommit.plus(c.flow.services.codepipeline).toFixed(2))).toEqual(['2.00', '8.00']);
    expect(r.monthlyTotal.toFixed(2)).toBe('10.50');
    expect(r.components[1]?.lines.some((l) => l.key === 'pipeline.freeTierUsed')).toBe(true);
  });

  it('errors point at the pipeline component fields', () => {
    const bad = flow({ build: { groups: [{ computeType: 'general1.small', durationSeconds: '1.5' }] } });
    const e = errorOf(() => evaluateScenario(doc([{ id: 'q', type: 'codebuild', project: { groups: [] } }, { id: 'p', type: 'pipeline', flow: bad }]), appCatalogs));
    expect([e.code, e.path]).toEqual(['not_integer', 'components.1.flow.build.groups.0.durationSeconds']);
    const e2 = errorOf(() => evaluateScenario(doc([{ id: 'p', type: 'pipeline', flow: flow({ deploy: { target: 'moon' } }) }]), appCatalogs));
    expect(e2.path).toBe('components.0.flow.deploy.target');
  });

  it('price overrides apply to one pipeline', () => {
    // 7 users - 5 free = 2 x $2.50 = $5.00; builds 100 - 100 free = $0
    const r = evaluateScenario(doc([{ id: 'p', type: 'pipeline', flow: flow(), prices: { codecommit: { userMonthly: '2.50' } } }]), appCatalogs);
    expect(r.monthlyTotal.toFixed(2)).toBe('5.00');
  });
});
