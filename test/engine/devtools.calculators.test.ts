/**
 * CodeCommit, CodeDeploy and CodePipeline one by one: which line items explain a bill (key, amount,
 * kind, unit, params), the defaults of optional fields (absent, null and blank alike), and every
 * error a bad field gives (code, path, params). Amounts are worked out by hand in the comments
 * (default prices: src/data/devtools.json).
 */
import { describe, expect, it } from 'vitest';
import { priceCodeCommit, priceCodeDeploy, priceCodePipelineV1, priceCodePipelineV2 } from '../../src/engine/index.ts';
import { defaultDevToolsPrices } from '../../src/data/devtools.ts';
import type { LineItem } from '../../src/engine/explain.ts';
import { errorOf, lineRows } from './helpers.ts';

const P = defaultDevToolsPrices();
const rows = lineRows;
const params = (lines: readonly LineItem[]) => lines.map((l) => l.params);
const err = (fn: () => unknown) => {
  const e = errorOf(fn);
  return { code: e.code, path: e.path, params: e.params };
};

describe('CodeCommit lines', () => {
  it('with the free tier: users, storage and Git requests above the allowances, and the total', () => {
    // 7 users - 5 free = 2 paid x $1.00 = $2.00; storage 50 + 2 x 10 = 70 GB included, 100 - 70 = 30 x $0.06 = $1.80;
    // requests 10,000 + 2 x 2,000 = 14,000 included, 20,000 - 14,000 = 6,000 x $0.001 = $6.00; total $9.80
    const r = priceCodeCommit({ activeUsers: 7, storageGb: '100', gitRequests: 20000 }, P.codecommit);
    expect(rows(r.lines)).toEqual([
      ['codecommit.users', '2', 'cost', 'USD'],
      ['codecommit.storage', '1.8', 'cost', 'USD'],
      ['codecommit.requests', '6', 'cost', 'USD'],
      ['codecommit.total', '9.8', 'info', 'USD'],
    ]);
    expect(params(r.lines)).toEqual([
      { users: '7', free: '5', paid: '2', price: '$1.00', amount: '$2.00' },
      { storage: '100', included: '70', extra: '30', price: '$0.06', amount: '$1.80' },
      { requests: '20,000', included: '14,000', extra: '6,000', price: '$0.001', amount: '$6.00' },
      { total: '$9.80' },
    ]);
    expect(r.lines[3]?.text).toBe('CodeCommit total: $9.80 per month');
  });

  it('service roles, no free tier, and storage and requests within what the users bring', () => {
    // 2 people + 1 role = 3 active users, all paid: 3 x $1.00 = $3.00; included 3 x 10 = 30 GB and
    // 3 x 2,000 = 6,000 requests: 3 GB and 10 requests are within them (info lines, their own units).
    const r = priceCodeCommit({ activeUsers: 2, serviceRoles: 1, storageGb: '3', gitRequests: 10, freeTier: false }, P.codecommit);
    expect(rows(r.lines)).toEqual([
      ['codecommit.users.withRoles', '3', 'info', 'users'],
      ['codecommit.users.noFreeTier', '3', 'cost', 'USD'],
      ['codecommit.storage.included', '3', 'info', 'GB-month'],
      ['codecommit.requests.included', '10', 'info', 'requests'],
      ['codecommit.total', '3', 'info', 'USD'],
    ]);
    expect(params(r.lines)).toEqual([
      { people: '2', roles: '1', users: '3' },
      { users: '3', free: '0', paid: '3', price: '$1.00', amount: '$3.00' },
      { storage: '3', included: '30', extra: '0', price: '$0.06', amount: '$0.00' },
      { requests: '10', included: '6,000', extra: '0', price: '$0.001', amount: '$0.00' },
      { total: '$3.00' },
    ]);
    expect(r.lines[1]?.text).toBe('3 active users x $1.00 = $3.00 (free tier not applied)');
  });

  it('optional fields left null or blank take their defaults (no roles, nothing stored, the free tier on)', () => {
    for (const input of [
      { activeUsers: 4 },
      { activeUsers: 4, serviceRoles: null, storageGb: null, gitRequests: null, freeTier: null },
      { activeUsers: 4, serviceRoles: '', storageGb: '', gitRequests: '' },
    ]) {
      const r = priceCodeCommit(input as never, P.codecommit);
      // 4 users, all free; nothing stored, no requests
      expect(rows(r.lines)).toEqual([
        ['codecommit.users', '0', 'cost', 'USD'],
        ['codecommit.storage.included', '0', 'info', 'GB-month'],
        ['codecommit.requests.included', '0', 'info', 'requests'],
        ['codecommit.total', '0', 'info', 'USD'],
      ]);
      expect(r.activeUsers.toFixed()).toBe('4');
      expect(r.lines[0]?.params.free).toBe('4');
    }
  });
});

describe('CodeCommit errors', () => {
  it('name the field, at the top level when no path is given', () => {
    expect(err(() => priceCodeCommit({ activeUsers: 'x' }, P.codecommit))).toEqual({ code: 'not_a_number', path: 'activeUsers', params: { value: 'x' } });
    expect(err(() => priceCodeCommit(5 as never, P.codecommit))).toEqual({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.monthOfCodeCommitUse', got: '@msg:error.got.number' } });
    expect(err(() => priceCodeCommit({ activeUsers: 1, freeTier: 'yes' as never }, P.codecommit, 'repo'))).toEqual({ code: 'invalid_type', path: 'repo.freeTier', params: { expected: '@msg:error.expected.trueOrFalse', got: '@msg:error.got.string' } });
  });

  it('point bad prices at "prices" by default', () => {
    expect(err(() => priceCodeCommit({ activeUsers: 1 }, 5 as never))).toEqual({ code: 'invalid_type', path: 'prices', params: { expected: '@msg:error.expected.priceTable', got: '@msg:error.got.number' } });
    expect(err(() => priceCodeCommit({ activeUsers: 1 }, { ...P.codecommit, storageGbMonth: 'abc' }))).toMatchObject({ code: 'not_a_number', path: 'prices.storageGbMonth' });
  });
});

describe('CodeDeploy', () => {
  it('deploys to EC2 by default: one free info line with the counts (instances default 1)', () => {
    for (const input of [{ deployments: 3 }, { deployments: 3, target: null, instances: null }, { deployments: 3, target: '', instances: '' }]) {
      const r = priceCodeDeploy(input as never, P.codedeploy);
      expect(r.target).toBe('ec2');
      expect(rows(r.lines)).toEqual([['codedeploy.free.ec2', '0', 'info', 'USD']]);
      expect(params(r.lines)).toEqual([{ deployments: '3', instances: '1', updates: '3' }]);
      expect(r.lines[0]?.text).toBe('3 deployments to EC2: no CodeDeploy charge');
    }
  });

  it('on premises: one cost line per month', () => {
    // 30 deployments x 4 instances = 120 updates x $0.02 = $2.40
    const r = priceCodeDeploy({ target: 'on-premises', deployments: 30, instances: 4 }, P.codedeploy);
    expect(rows(r.lines)).toEqual([['codedeploy.onPremises', '2.4', 'cost', 'USD']]);
    expect(params(r.lines)).toEqual([{ deployments: '30', instances: '4', updates: '120', price: '$0.02', amount: '$2.40' }]);
  });

  it('errors name the field and quote an unknown target', () => {
    expect(err(() => priceCodeDeploy({ deployments: 'x' }, P.codedeploy))).toEqual({ code: 'not_a_number', path: 'deployments', params: { value: 'x' } });
    expect(err(() => priceCodeDeploy(5 as never, P.codedeploy))).toEqual({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.monthOfCodeDeployDeployments', got: '@msg:error.got.number' } });
    expect(err(() => priceCodeDeploy({ target: 'on-premises', deployments: 1 }, 5 as never))).toEqual({ code: 'invalid_type', path: 'prices', params: { expected: '@msg:error.expected.priceTable', got: '@msg:error.got.number' } });
    expect(err(() => priceCodeDeploy({ target: 'on-premises', deployments: 1 }, { onPremisesUpdate: 'x' }))).toMatchObject({ code: 'not_a_number', path: 'prices.onPremisesUpdate' });
    const allowed = 'ec2, lambda, ecs, on-premises';
    // a long name is quoted to 40 characters; a number is named by its type
    expect(err(() => priceCodeDeploy({ target: 'm'.repeat(50) as never, deployments: 1 }, P.codedeploy, 'd'))).toEqual({ code: 'unknown_option', path: 'd.target', params: { value: 'm'.repeat(40), allowed } });
    expect(err(() => priceCodeDeploy({ target: 7 as never, deployments: 1 }, P.codedeploy))).toEqual({ code: 'unknown_option', path: 'target', params: { value: '@msg:error.got.number', allowed } });
  });
});

describe('CodePipeline V1', () => {
  it('one cost line, and an info line only when some pipelines are inactive', () => {
    // 3 active - 1 free = 2 x $1.00 = $2.00
    const r = priceCodePipelineV1({ activePipelines: 3 }, P.codepipeline);
    expect(r.version).toBe('V1');
    expect(r.paidPipelines.toFixed()).toBe('2');
    expect(rows(r.lines)).toEqual([['codepipeline.v1', '2', 'cost', 'USD']]);
    expect(params(r.lines)).toEqual([{ active: '3', free: '1', paid: '2', price: '$1.00', amount: '$2.00' }]);
    const withInactive = priceCodePipelineV1({ activePipelines: 3, inactivePipelines: 5 }, P.codepipeline);
    expect(rows(withInactive.lines)).toEqual([['codepipeline.v1', '2', 'cost', 'USD'], ['codepipeline.v1.inactive', '5', 'info', 'pipelines']]);
    expect(withInactive.lines[1]?.params).toEqual({ inactive: '5' });
  });

  it('errors', () => {
    expect(err(() => priceCodePipelineV1({ activePipelines: 'x' }, P.codepipeline))).toEqual({ code: 'not_a_number', path: 'activePipelines', params: { value: 'x' } });
    expect(err(() => priceCodePipelineV1(5 as never, P.codepipeline))).toEqual({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.monthOfV1Pipelines', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV1({ activePipelines: 1 }, 5 as never))).toEqual({ code: 'invalid_type', path: 'prices', params: { expected: '@msg:error.expected.priceTable', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV1({ activePipelines: 1 }, { ...P.codepipeline, v1ActivePipeline: 'x' }))).toMatchObject({ code: 'not_a_number', path: 'prices.v1ActivePipeline' });
  });
});

describe('CodePipeline V2', () => {
  const actions = [
    { executions: 10, durationSeconds: 90 },
    { label: ' Approve ', kind: 'approval', executions: 10, durationSeconds: 30 },
    { kind: 'test', executions: 4, durationSeconds: '60' },
  ] as const;

  it('one info line per action (unnamed ones are "Action <n>"), the charged minutes, the free ones', () => {
    // Action 1 (build by default): 10 x 90 s -> 2 min each = 20 min (raw 15); Approve: not charged (raw 5, left
    // out); Action 3: 4 x 60 s -> 1 min = 4 min (raw 4). 24 billed, 19 raw; 24 of the 100 free minutes: $0.
    const r = priceCodePipelineV2({ actions }, P.codepipeline);
    expect(r.version).toBe('V2');
    expect(r.actions.map((a) => [a.label, a.kind, a.charged, a.executions.toFixed(), a.rawMinutes.toFixed(), a.billedMinutes.toFixed()])).toEqual([
      ['Action 1', 'build', true, '10', '15', '20'],
      ['Approve', 'approval', false, '10', '5', '0'],
      ['Action 3', 'test', true, '4', '4', '4'],
    ]);
    expect(Object.keys(r.actions[0] ?? {})).toEqual(['label', 'kind', 'charged', 'executions', 'rawMinutes', 'billedMinutes']);
    expect([r.rawMinutes.toFixed(), r.billedMinutes.toFixed(), r.freeMinutes.toFixed(), r.paidMinutes.toFixed(), r.total.toFixed()]).toEqual(['19', '24', '24', '0', '0']);
    expect(rows(r.lines)).toEqual([
      ['codepipeline.v2.action', '20', 'info', 'minutes'],
      ['codepipeline.v2.actionFree', '0', 'info', 'minutes'],
      ['codepipeline.v2.action', '4', 'info', 'minutes'],
      ['codepipeline.v2', '0', 'cost', 'USD'],
    ]);
    expect(params(r.lines)).toEqual([
      { action: '@msg:codepipeline.actionNumber', number: '1', executions: '10', seconds: '90', minutesEach: '2', minutes: '20' },
      { action: 'Approve', number: '2', executions: '10', seconds: '30', minutesEach: '0', minutes: '0' },
      { action: '@msg:codepipeline.actionNumber', number: '3', executions: '4', seconds: '60', minutesEach: '1', minutes: '4' },
      { minutes: '24', free: '24', paid: '0', price: '$0.002', amount: '$0.00' },
    ]);
    expect(r.lines[0]?.text).toBe('Action 1: 10 executions x 90 s, rounded up to 2 min each = 20 action minutes');
  });

  it('without the free tier every billed minute is paid', () => {
    // 24 min x $0.002 = $0.048
    const r = priceCodePipelineV2({ actions, freeTier: false }, P.codepipeline);
    expect([r.freeMinutes.toFixed(), r.paidMinutes.toFixed(), r.total.toFixed()]).toEqual(['0', '24', '0.048']);
  });

  it('no actions (absent or null): only the total line, at zero', () => {
    for (const input of [{}, { actions: null }]) {
      const r = priceCodePipelineV2(input as never, P.codepipeline);
      expect(rows(r.lines)).toEqual([['codepipeline.v2', '0', 'cost', 'USD']]);
      expect(r.actions).toEqual([]);
    }
  });

  it('takes up to 100 actions', () => {
    const many = Array.from({ length: 100 }, () => ({ executions: 1, durationSeconds: 1 }));
    // 100 x 1 min = 100 min, all free
    expect(priceCodePipelineV2({ actions: many }, P.codepipeline).billedMinutes.toFixed()).toBe('100');
    expect(err(() => priceCodePipelineV2({ actions: [...many, { executions: 1, durationSeconds: 1 }] }, P.codepipeline, 'v2'))).toEqual({ code: 'too_large', path: 'v2.actions', params: { value: '101', max: '100' } });
  });

  it('errors name the action and the field', () => {
    expect(err(() => priceCodePipelineV2(5 as never, P.codepipeline))).toEqual({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.monthOfV2PipelineActions', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV2({ actions: 5 as never }, P.codepipeline))).toEqual({ code: 'invalid_type', path: 'actions', params: { expected: '@msg:error.expected.listOfActions', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV2({ actions: [5 as never] }, P.codepipeline))).toEqual({ code: 'invalid_type', path: 'actions.0', params: { expected: '@msg:error.expected.pipelineAction', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV2({ actions: [{ executions: 1, durationSeconds: 1 }, { executions: 'x', durationSeconds: 1 }] }, P.codepipeline))).toEqual({ code: 'not_a_number', path: 'actions.1.executions', params: { value: 'x' } });
    expect(err(() => priceCodePipelineV2({ actions: [{ label: 5 as never, executions: 1, durationSeconds: 1 }] }, P.codepipeline))).toEqual({ code: 'invalid_type', path: 'actions.0.label', params: { expected: '@msg:error.expected.text', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV2({ actions: [{ kind: 'manual' as never, executions: 1, durationSeconds: 1 }] }, P.codepipeline))).toEqual({ code: 'unknown_option', path: 'actions.0.kind', params: { value: 'manual', allowed: 'source, build, test, deploy, invoke, approval, custom' } });
    expect(err(() => priceCodePipelineV2({ actions: [], freeTier: 'no' as never }, P.codepipeline))).toMatchObject({ code: 'invalid_type', path: 'freeTier' });
    expect(err(() => priceCodePipelineV2({ actions: [] }, 5 as never))).toEqual({ code: 'invalid_type', path: 'prices', params: { expected: '@msg:error.expected.priceTable', got: '@msg:error.got.number' } });
    expect(err(() => priceCodePipelineV2({ actions: [] }, { ...P.codepipeline, v2ActionMinute: 'x' }))).toMatchObject({ code: 'not_a_number', path: 'prices.v2ActionMinute' });
  });
});
