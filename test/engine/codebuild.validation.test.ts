/**
 * What a student sees when a CodeBuild input is wrong: the code, the field's path (so the UI puts
 * the message next to it) and the English message, for every shape check of the calculator.
 */
import { describe, expect, it } from 'vitest';
import {
  codeBuildCostCurve,
  priceCodeBuildAccount,
  priceCodeBuildProject,
  type CodeBuildAccountInput,
  type CodeBuildOptions,
  type CodeBuildPrices,
  type CodeBuildProjectInput,
} from '../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { errorOf } from './helpers.ts';

const P = defaultCodeBuildPrices();
const ok = { computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 60 };
const account = (x: unknown) => () => priceCodeBuildAccount(x as CodeBuildAccountInput, P, 'components.0');
const group = (over: Record<string, unknown>) => account({ projects: [{ groups: [{ ...ok, ...over }] }] });
const summary = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path, e.message];
};

describe('the account, its projects and groups', () => {
  it.each<[string, () => unknown, string, string, string]>([
    ['an account that is null', account(null), 'invalid_type', 'components.0', 'Expected a CodeBuild account (projects and a free-tier toggle), got null. (at components.0)'],
    ['projects that are an object', account({ projects: {} }), 'invalid_type', 'components.0.projects', 'Expected a list of CodeBuild projects, got object. (at components.0.projects)'],
    ['a project that is a number', account({ projects: [5] }), 'invalid_type', 'components.0.projects.0', 'Expected a CodeBuild project, got number. (at components.0.projects.0)'],
    ['a project label that is a number', account({ projects: [{ label: 7, groups: [] }] }), 'invalid_type', 'components.0.projects.0.label', 'Expected text, got number. (at components.0.projects.0.label)'],
    ['a negative project overhead', account({ projects: [{ overheadSeconds: '-5', groups: [] }] }), 'negative', 'components.0.projects.0.overheadSeconds', '-5 is negative; this value cannot be below zero. (at components.0.projects.0.overheadSeconds)'],
    ['groups that are text', account({ projects: [{ groups: 'x' }] }), 'invalid_type', 'components.0.projects.0.groups', 'Expected a list of build groups, got string. (at components.0.projects.0.groups)'],
    ['a group that is text', account({ projects: [{ groups: ['x'] }] }), 'invalid_type', 'components.0.projects.0.groups.0', 'Expected a build group, got string. (at components.0.projects.0.groups.0)'],
    ['a free-tier toggle that is text', account({ projects: [], freeTier: 'yes' }), 'invalid_type', 'components.0.freeTier', 'Expected true or false, got string. (at components.0.freeTier)'],
  ])('%s', (_name, fn, code, path, message) => {
    expect(summary(fn)).toEqual([code, path, message]);
  });
});

describe('compute type and "per"', () => {
  const at = (field: string) => `components.0.projects.0.groups.0.${field}`;
  it.each<[string, Record<string, unknown>, string, string, string]>([
    ['compute type null', { computeType: null }, 'required', at('computeType'), `A value is required here. (at ${at('computeType')})`],
    ['compute type blank', { computeType: '' }, 'required', at('computeType'), `A value is required here. (at ${at('computeType')})`],
    ['compute type a number', { computeType: 3 }, 'invalid_type', at('computeType'), `Expected a compute type name, got number. (at ${at('computeType')})`],
    ['per null', { per: null }, 'required', at('per'), `A value is required here. (at ${at('per')})`],
    ['per blank', { per: '' }, 'required', at('per'), `A value is required here. (at ${at('per')})`],
    ['per "week"', { per: 'week' }, 'unknown_option', at('per'), `"week" is not one of the allowed values (month, day). (at ${at('per')})`],
    ['per a number', { per: 7 }, 'unknown_option', at('per'), `"number" is not one of the allowed values (month, day). (at ${at('per')})`],
  ])('%s', (_name, over, code, path, message) => {
    expect(summary(group(over))).toEqual([code, path, message]);
  });

  it('quotes at most 40 characters of an unknown value', () => {
    const long = 'x'.repeat(100);
    expect(errorOf(group({ computeType: long })).params.value).toBe('x'.repeat(40));
    expect(errorOf(group({ per: long })).params.value).toBe('x'.repeat(40));
  });
});

describe('the price table', () => {
  it.each([[''], [null]])('a compute type priced %j has no price: unknown_price at the group that uses it', (price) => {
    const prices = { ...P, computeTypes: { ...P.computeTypes, 'general1.small': price } } as unknown as CodeBuildPrices;
    const e = errorOf(() => priceCodeBuildProject({ groups: [ok] } as CodeBuildProjectInput, prices));
    expect([e.code, e.path]).toEqual(['unknown_price', 'groups.0.computeType']);
  });

  it('a price table without a table of compute types', () => {
    const prices = { ...P, computeTypes: [] } as unknown as CodeBuildPrices;
    expect(summary(() => priceCodeBuildAccount({ projects: [] }, prices))).toEqual([
      'invalid_type',
      'prices.computeTypes',
      'Expected a table of prices by compute type, got a list. (at prices.computeTypes)',
    ]);
  });
});

describe('the single-project wrapper', () => {
  const project = { groups: [ok] } as CodeBuildProjectInput;
  it('paths start at the project when no base path is given', () => {
    expect(errorOf(() => priceCodeBuildProject({ groups: [{ ...ok, count: 'many' }] } as CodeBuildProjectInput, P)).path).toBe('groups.0.count');
  });

  it.each<[string, () => unknown, string, string, string]>([
    ['prices that are null', () => priceCodeBuildProject(project, null as unknown as CodeBuildPrices), 'invalid_type', 'prices', 'Expected a CodeBuild price table, got null. (at prices)'],
    ['options that are text', () => priceCodeBuildProject(project, P, 'yes' as unknown as CodeBuildOptions), 'invalid_type', 'options', 'Expected options, got string. (at options)'],
    ['a free-tier option that is a number', () => priceCodeBuildProject(project, P, { freeTier: 1 } as unknown as CodeBuildOptions), 'invalid_type', 'options.freeTier', 'Expected true or false, got number. (at options.freeTier)'],
    ['account prices that are null', () => priceCodeBuildAccount({ projects: [] }, null as unknown as CodeBuildPrices), 'invalid_type', 'prices', 'Expected a CodeBuild price table, got null. (at prices)'],
  ])('%s', (_name, fn, code, path, message) => {
    expect(summary(fn)).toEqual([code, path, message]);
  });
});

describe('chart options', () => {
  const base = { durationSeconds: 60, maxBuildsPerMonth: 10 };
  const chart = (o: unknown, prices: unknown = P) => () => codeBuildCostCurve(o as never, prices as CodeBuildPrices, 'chart');
  it.each<[string, () => unknown, string, string, string]>([
    ['options that are a list', chart([]), 'invalid_type', 'chart', 'Expected chart options, got a list. (at chart)'],
    ['a missing duration', chart({ maxBuildsPerMonth: 10 }), 'required', 'chart.durationSeconds', 'A value is required here. (at chart.durationSeconds)'],
    ['a negative overhead', chart({ ...base, overheadSeconds: '-1' }), 'negative', 'chart.overheadSeconds', '-1 is negative; this value cannot be below zero. (at chart.overheadSeconds)'],
    ['a free-tier toggle that is text', chart({ ...base, freeTier: 'no' }), 'invalid_type', 'chart.freeTier', 'Expected true or false, got string. (at chart.freeTier)'],
    ['compute types that are text', chart({ ...base, computeTypes: 'general1.small' }), 'invalid_type', 'chart.computeTypes', 'Expected a list of compute types, got string. (at chart.computeTypes)'],
    ['prices that are null', chart(base, null), 'invalid_type', 'prices', 'Expected a CodeBuild price table, got null. (at prices)'],
    ['prices without a table', chart(base, { computeTypes: 'x' }), 'invalid_type', 'prices.computeTypes', 'Expected a table of prices by compute type, got string. (at prices.computeTypes)'],
  ])('%s', (_name, fn, code, path, message) => {
    expect(summary(fn)).toEqual([code, path, message]);
  });
});
