/**
 * CodeBuild's "show your work": which lines explain a bill, what each adds to it, and that every
 * line can be rendered in Spanish from its key and params (the UI never parses the English text).
 * Expected values are worked out by hand in the comments (default prices: general1.small $0.005,
 * general1.medium $0.01 per minute, lambda.x86-64.1GB $0.00002 per second).
 */
import { describe, expect, it } from 'vitest';
import { priceCodeBuildAccount, priceCodeBuildProject, type CodeBuildAccountResult, type CodeBuildGroupInput } from '../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { sum } from '../../src/engine/decimal.ts';
import type { LineItem } from '../../src/engine/explain.ts';
import { LINE_TEMPLATES } from '../../src/engine/index.ts';
import { LINES_ES } from '../../src/lib/i18n/lines/es.ts';

const P = defaultCodeBuildPrices();
const small = (count: number, durationSeconds: number, extra: Partial<CodeBuildGroupInput> = {}): CodeBuildGroupInput => ({
  computeType: 'general1.small',
  count,
  per: 'month',
  durationSeconds,
  ...extra,
});
const medium = (count: number, durationSeconds: number): CodeBuildGroupInput => ({ computeType: 'general1.medium', count, per: 'month', durationSeconds });
const lambda = (count: number, durationSeconds: number): CodeBuildGroupInput => ({ computeType: 'lambda.x86-64.1GB', count, per: 'month', durationSeconds });

const keys = (r: CodeBuildAccountResult) => r.lines.map((l) => l.key);
const byKey = (r: CodeBuildAccountResult, key: string): LineItem[] => r.lines.filter((l) => l.key === key);

/** Accounts that between them produce every CodeBuild line. */
function everyKindOfBill(): CodeBuildAccountResult[] {
  return [
    // per day, overhead, rounding, free tier on both pools, labels
    priceCodeBuildAccount(
      {
        freeTier: true,
        projects: [
          { label: 'web', overheadSeconds: 15, groups: [small(10, 100, { per: 'day', label: 'PR checks' }), lambda(100, 50)] },
          { groups: [medium(10, 60)] },
        ],
      },
      P,
    ),
    // whole minutes, free tier off
    priceCodeBuildProject({ groups: [medium(30, 600)] }, P),
    // free tier on, nothing eligible
    priceCodeBuildProject({ groups: [medium(1, 60)] }, P, { freeTier: true }),
  ];
}

const ALL_KEYS = [
  'codebuild.group.perDay',
  'codebuild.group.overhead',
  'codebuild.group.minutesRounded',
  'codebuild.group.minutes',
  'codebuild.group.seconds',
  'codebuild.group.rounding',
  'codebuild.freeTier.minutes',
  'codebuild.freeTier.seconds',
  'codebuild.project.totalWithFreeTier',
  'codebuild.project.total',
  'codebuild.rounding.total',
  'codebuild.freeTier.off',
  'codebuild.freeTier.poolMinutes',
  'codebuild.freeTier.poolSeconds',
  'codebuild.freeTier.notEligible',
  'codebuild.totalWithFreeTier',
  'codebuild.total',
];

describe('every CodeBuild line renders in Spanish from its key and params', () => {
  it('each line has a Spanish and an English template whose placeholders the params fill', () => {
    const es = LINES_ES;
    const en = LINE_TEMPLATES;
    const seen = new Set<string>();
    for (const r of everyKindOfBill()) {
      for (const l of r.lines) {
        seen.add(l.key);
        for (const table of [es, en]) {
          const template = table[l.key];
          expect(template, l.key).toBeTruthy();
          for (const m of template!.matchAll(/\{(\w+)\}/g)) expect(Object.keys(l.params), `${l.key} {${m[1]}}`).toContain(m[1]);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ALL_KEYS].sort());
  });
});

describe('what each line adds to the bill, and the unit of its amount', () => {
  // kind decides what adds up to the total; unit is how the UI shows the amount
  const expected: Record<string, [string, string]> = {
    'codebuild.group.perDay': ['info', 'builds'],
    'codebuild.group.overhead': ['info', 'seconds'],
    'codebuild.group.minutesRounded': ['cost', 'USD'],
    'codebuild.group.minutes': ['cost', 'USD'],
    'codebuild.group.seconds': ['cost', 'USD'],
    'codebuild.group.rounding': ['info', 'USD'],
    'codebuild.freeTier.minutes': ['credit', 'USD'],
    'codebuild.freeTier.seconds': ['credit', 'USD'],
    'codebuild.project.totalWithFreeTier': ['info', 'USD'],
    'codebuild.project.total': ['info', 'USD'],
    'codebuild.rounding.total': ['info', 'USD'],
    'codebuild.freeTier.off': ['info', 'USD'],
    'codebuild.freeTier.poolMinutes': ['info', 'minutes'],
    'codebuild.freeTier.poolSeconds': ['info', 'seconds'],
    'codebuild.freeTier.notEligible': ['info', 'USD'],
    'codebuild.totalWithFreeTier': ['info', 'USD'],
    'codebuild.total': ['info', 'USD'],
  };

  // The bills are priced inside the test (not while the tests are collected).
  it.each([0, 1, 2])('bill %i: kinds and units, and cost - credit = total', (i) => {
    const r = everyKindOfBill()[i]!;
    for (const l of r.lines) expect([l.kind, l.unit], l.key).toEqual(expected[l.key]);
    const costs = sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount));
    const credits = sum(r.lines.filter((l) => l.kind === 'credit').map((l) => l.amount));
    expect(costs.minus(credits).toFixed()).toBe(r.total.toFixed());
  });
});

describe('a simple bill explains itself with only the lines that apply', () => {
  it('30 builds of exactly 10 min on general1.medium, free tier off: no per-day, overhead, rounding or credit lines', () => {
    // 600 s = 10 min exactly: 30 x 10 = 300 min x $0.01 = $3.00
    const r = priceCodeBuildProject({ groups: [medium(30, 600)] }, P);
    expect(keys(r)).toEqual(['codebuild.group.minutes', 'codebuild.project.total', 'codebuild.freeTier.off', 'codebuild.total']);
    expect(r.lines.map((l) => l.text)).toEqual([
      'general1.medium: 30 builds x 10 min (600 s) = 300 billed min x $0.01 = $3.00',
      'project 1: 300 billed min (300 raw min) = $3.00',
      'free tier not applied: it is per AWS account (100 build-minutes on general1.small/arm1.small and 6,000 build-seconds on 1 GB Lambda a month); turn it on if no other project of the account uses it',
      'CodeBuild total: $3.00 per month',
    ]);
  });

  it('free tier on, but only general1.medium: says it saves nothing, and gives no credit line', () => {
    const r = priceCodeBuildProject({ groups: [medium(1, 60)] }, P, { freeTier: true });
    expect(keys(r)).toEqual(['codebuild.group.minutes', 'codebuild.project.total', 'codebuild.freeTier.notEligible', 'codebuild.total']);
    expect(byKey(r, 'codebuild.freeTier.notEligible')[0]!.text).toBe(
      'free tier: none of these builds use general1.small, arm1.small or a 1 GB Lambda type, so it saves nothing',
    );
  });

  it('no account rounding line when every build is a whole number of minutes', () => {
    // 100 x 60 s and 20 x 120 s: raw = billed
    const r = priceCodeBuildAccount({ projects: [{ groups: [small(100, 60)] }, { groups: [medium(20, 120)] }] }, P);
    expect(keys(r)).not.toContain('codebuild.rounding.total');
    expect(keys(r)).not.toContain('codebuild.group.rounding');
  });

  it('only groups that receive free units get a credit line', () => {
    // general1.small 10 x 60 s = 10 min, all free; general1.medium never free
    const r = priceCodeBuildProject({ groups: [small(10, 60), medium(10, 60)] }, P, { freeTier: true });
    const credits = r.lines.filter((l) => l.kind === 'credit');
    expect(credits.map((l) => [l.key, l.params.computeType, l.text])).toEqual([
      ['codebuild.freeTier.minutes', 'general1.small', 'general1.small: free tier: 10 min x $0.005 = -$0.05'],
    ]);
  });

  it('a Lambda group\'s free seconds are a seconds credit line', () => {
    // 100 x 50 s = 5,000 s, all within the 6,000 free s: 5,000 x $0.00002 = $0.10
    const r = priceCodeBuildProject({ groups: [lambda(100, 50)] }, P, { freeTier: true });
    const credit = r.lines.find((l) => l.kind === 'credit')!;
    expect([credit.key, credit.params.unit, credit.text]).toEqual([
      'codebuild.freeTier.seconds',
      's',
      'Lambda x86-64 1 GB: free tier: 5,000 s x $0.02 per 1,000 s = -$0.10',
    ]);
  });

  it('per-day and overhead lines appear only for groups counted per day or with overhead', () => {
    const r = priceCodeBuildProject({ overheadSeconds: 0, groups: [small(10, 100, { per: 'day' }), small(10, 100, { overheadSeconds: 20 })] }, P);
    expect(byKey(r, 'codebuild.group.perDay').map((l) => l.text)).toEqual(['general1.small: 10 builds/day x 730/24 days = 304.166667 builds/month']);
    expect(byKey(r, 'codebuild.group.perDay')[0]!.params).toMatchObject({ count: '10', days: '730/24', buildsPerMonth: '304.166667' });
    // 100 s + 20 s = 120 s on the clock
    expect(byKey(r, 'codebuild.group.overhead').map((l) => l.text)).toEqual(['general1.small: each build: 100 s + 20 s overhead = 120 s on the clock']);
    expect(byKey(r, 'codebuild.group.overhead')[0]!.params).toMatchObject({ durationSeconds: '100', overheadSeconds: '20', seconds: '120' });
  });
});
