/**
 * fast-check generators of scenario documents (format version 1) that the schema accepts: every
 * component type with optional fields present or not, price overrides, architecture trees with
 * unique node ids, and names made of any text (markup, quotes, emoji, "__proto__" as a value).
 */
import fc from 'fast-check';
import type { ScenarioData } from '../../../src/lib/state/schema.ts';

const decimalText = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.tuple(fc.nat({ max: 9999 }), fc.nat({ max: 999999 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('0', '0.30', '1e3', '12.5'),
);
const decimal = fc.oneof(decimalText, fc.nat({ max: 1_000_000 }));
const name = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"; DROP TABLE', '=HYPERLINK("http://x")', '__proto__', 'Ñandú 🚀', ''),
);
const code = fc.constantFrom('us-east-1', 't3.medium', 'general1.small', 'arm1.small', 'Europe/Madrid', 'ec2-instance', 'rds-multi-az', 'x');
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drop keys whose value is undefined (JSON has no undefined). */
function clean<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

const quickSight = fc.record({
  type: fc.constant('quicksight' as const),
  name: opt(name),
  model: fc.constantFrom('legacy', 'perUser', 'capacityMonthly', 'capacityAnnual') as fc.Arbitrary<'legacy' | 'perUser' | 'capacityMonthly' | 'capacityAnnual'>,
  usage: fc.record({
    edition: opt(fc.constantFrom('enterprise', 'standard') as fc.Arbitrary<'enterprise' | 'standard'>),
    authorsAnnual: opt(decimal),
    readerGroups: opt(fc.array(fc.record({ name: opt(name), readers: decimal, sessionsPerReader: opt(decimal), visitsPerReader: opt(decimal), minutesPerVisit: opt(decimal) }), { maxLength: 3 })),
    qAndA: opt(fc.boolean()),
    annualTier: opt(fc.oneof(fc.constant('cheapest'), decimal)),
  }),
  prices: opt(fc.record({ readerSession: opt(decimalText), capacityAnnualTiers: opt(fc.array(fc.record({ sessionsPerYear: decimalText, pricePerYear: decimalText, overagePerSession: decimalText }), { maxLength: 2 })) })),
});

const codeBuild = fc.record({
  type: fc.constant('codebuild' as const),
  name: opt(name),
  project: fc.record({
    label: opt(name),
    overheadSeconds: opt(decimal),
    groups: fc.array(fc.record({ label: opt(name), computeType: code, count: decimal, per: fc.constantFrom('month', 'day') as fc.Arbitrary<'month' | 'day'>, durationSeconds: decimal }), { maxLength: 3 }),
  }),
  prices: opt(fc.record({ computeTypes: opt(fc.dictionary(code, decimalText, { maxKeys: 2 })), freeTierMinutes: opt(decimalText) })),
});

const ec2 = fc.record({
  type: fc.constant('ec2' as const),
  name: opt(name),
  input: fc.record({
    region: opt(code),
    instanceType: opt(code),
    count: opt(decimal),
    billing: opt(fc.constantFrom('per-second', 'per-hour') as fc.Arbitrary<'per-second' | 'per-hour'>),
    schedule: fc.record({
      periods: fc.array(fc.record({ days: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]), start: fc.constantFrom('09:00', '00:00'), end: fc.constantFrom('17:00', '24:00') }), { maxLength: 3 }),
      timeZone: opt(code),
      holidays: opt(fc.uniqueArray(fc.constantFrom('2026-01-01', '2026-12-25', '2026-05-01'), { maxLength: 3 })),
    }),
    volumes: opt(fc.array(fc.record({ type: fc.constantFrom('gp3', 'io2', 'standard') as fc.Arbitrary<'gp3' | 'io2' | 'standard'>, sizeGb: decimal, count: opt(decimal) }), { maxLength: 2 })),
    publicIpv4: opt(fc.boolean()),
  }),
  prices: opt(fc.record({ instanceHourly: opt(decimalText), ebsGbMonth: opt(fc.record({ gp3: opt(decimalText) })) })),
});

type Node = Record<string, unknown>;
const leaf: fc.Arbitrary<Node> = fc.record({
  kind: fc.constant('component'),
  name: opt(name),
  percent: opt(fc.constantFrom('99.9', '99.99')),
  sla: opt(code),
  replicas: opt(fc.constantFrom('1', 2)),
});
const tree = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constantFrom('series', 'parallel'), name: opt(name), children: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('k-of-n'), k: fc.constantFrom('1', 2), n: fc.constantFrom('3', 4), member: leaf }),
    fc.record({ kind: fc.constant('failover'), primary: tie('node'), standby: tie('node'), switchSeconds: fc.constantFrom('30', 60) }),
  ),
})).node;

/** Give every node a unique id (depth-first). */
function withIds(root: Node): Node {
  let i = 0;
  const walk = (n: Node): Node => {
    const out: Node = { ...n, id: `n${i++}` };
    if (Array.isArray(n.children)) out.children = (n.children as Node[]).map(walk);
    for (const k of ['member', 'primary', 'standby']) if (n[k]) out[k] = walk(n[k] as Node);
    return out;
  };
  return walk(root);
}

/** A scenario document the schema accepts (without a workspace id). */
export const scenarioArb: fc.Arbitrary<ScenarioData> = fc
  .record({
    name: opt(name),
    settings: opt(fc.record({ convention: opt(fc.constantFrom('365-day', 'sre-30-day', 'calendar-month') as fc.Arbitrary<'365-day' | 'sre-30-day' | 'calendar-month'>), codeBuildFreeTier: opt(fc.boolean()), requestsPerMonth: opt(decimalText) })),
    components: fc.array(fc.oneof(quickSight, codeBuild, ec2), { maxLength: 4 }),
    architecture: fc.option(tree.map(withIds), { nil: null }),
    slaOverrides: opt(fc.dictionary(code, fc.constantFrom('99.9', '99.95'), { maxKeys: 2 })),
  })
  .map((s) => clean({ format: 'nubecalc-scenario', version: 2, ...s, components: s.components.map((c, i) => ({ id: `c${i}`, ...c })) }) as unknown as ScenarioData);

export const scenariosArb = fc.array(scenarioArb, { minLength: 1, maxLength: 4 });
