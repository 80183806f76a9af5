/**
 * Schemas (valibot) for everything that reaches the app from outside the running page: a shared
 * link, an imported file, or the browser's storage. Nothing from those places is used before it
 * passes through {@link parseScenarioPayload} or {@link validateScenario}:
 *
 * 1. size: the text is measured before it is parsed;
 * 2. shape: {@link checkJsonShape} walks the parsed JSON without recursion and rejects the keys
 *    `__proto__`, `constructor` and `prototype` anywhere (JSON.parse creates an OWN "__proto__"
 *    property, so the check looks at own keys), nesting deeper than {@link LIMITS.jsonDepth} and
 *    more than {@link LIMITS.jsonNodes} values;
 * 3. format and version: a clear message for another file type or an unknown version;
 * 4. schema: every field the engine reads, with its type, the text lengths and list sizes below,
 *    unknown keys rejected (strict objects), numbers as decimal strings or safe integers, and the
 *    ids the editors key their lists by unique (a duplicate would break the page).
 *
 * The schemas describe the engine's scenario format version 2 (src/engine/scenario/types.ts; version-1
 * documents are migrated first, see scenario-migrations.ts); a
 * compile-time check at the end of this file fails if the engine's types and these schemas drift
 * apart. Names may hold any text: the app only ever renders them as text.
 *
 * This module is part of the app shell (first paint), so it imports only the tiny format module
 * and types from the engine.
 */
import * as v from 'valibot';
import { SCENARIO_FORMAT, SCENARIO_VERSION, quote, type ScenarioInput, type NodeSpec } from '../../engine/index.ts';
import type { ScenarioDoc } from './scenario.svelte.ts';
import { STORAGE_FORMAT, STORAGE_VERSION } from './migrations.ts';
import { migrateScenarioDoc } from './scenario-migrations.ts';

/** The file/link wrapper around several scenarios. */
export const BUNDLE_FORMAT = 'nubecalc-scenarios';
export const BUNDLE_VERSION = 1;

/** Sizes accepted from outside. The engine's own limits are checked against these in the tests. */
export const LIMITS = Object.freeze({
  /** Scenario names (Workspace.rename keeps 120). */
  scenarioName: 120,
  /** Component, reader group, build group and node names. */
  name: 200,
  /** Ids of scenarios, components and nodes (the engine accepts ids up to 100). */
  id: 100,
  /** Short codes: regions, instance and compute types, SLA ids, time zones, months, times. */
  code: 100,
  /** A decimal written as text ("0.30", "1e3"). */
  decimal: 64,
  /** Scenarios in one file or link. */
  scenarios: 200,
  /** Scenarios in the stored workspace (more than a file holds, so a large workspace never becomes unreadable). */
  storedScenarios: 1000,
  components: 500,
  readerGroups: 1000,
  annualTiers: 50,
  buildGroups: 1000,
  periods: 500,
  holidays: 2000,
  volumes: 100,
  priceEntries: 200,
  slaOverrides: 500,
  treeNodes: 5000,
  treeDepth: 32,
  /** Priced items on one architecture node (the engine's MAX_COST_ITEMS). */
  costItems: 50,
  /** Generic JSON limits, checked before the schema (deep nesting would exhaust the stack). */
  jsonDepth: 120,
  jsonNodes: 400_000,
  /** Characters of JSON accepted from a file. */
  fileChars: 5_000_000,
  /** Characters of JSON a shared link may expand to. */
  linkJsonChars: 1_000_000,
});

/** The keys that could reach an object's prototype if copied around. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** One problem found in untrusted input: a stable code (message key `ws.problem.<code>`), where, and values. */
export interface Problem {
  readonly code: string;
  /** Dot path inside the JSON ("scenarios.0.components.2.usage.readers"), '' for the whole. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

const problem = (code: string, path = '', params: Record<string, string> = {}): Problem => ({ code, path, params });

// ------------------------------------------------------------------------------------------------
// Field schemas
// ------------------------------------------------------------------------------------------------

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const name = text(LIMITS.name);
const code = text(LIMITS.code);
/** A decimal as text: digits, sign, point/comma and exponent only (the engine parses the value). */
const decimalText = v.pipe(v.string(), v.maxLength(LIMITS.decimal), v.regex(/^[\d\s.,eE+-]*$/, 'decimal'));
/** A decimal as text, or a safe integer (floats are not exact, so they are refused). */
const decimal = v.union([decimalText, v.pipe(v.number(), v.safeInteger('decimal'))], 'decimal');
const opt = v.optional;

const distinct = (keys: readonly string[]): boolean => new Set(keys).size === keys.length;

const QUICKSIGHT_PRICE_KEYS = [
  'readerSession', 'readerMonthlyCap', 'authorEnterpriseAnnual', 'authorEnterpriseMonthly', 'authorStandardAnnual',
  'authorStandardMonthly', 'spiceIncludedGbPerAuthor', 'spiceEnterpriseGbMonth', 'spiceStandardGbMonth', 'perUserAuthor',
  'perUserAuthorPro', 'perUserReader', 'perUserReaderPro', 'perUserInfrastructureFee', 'perUserSpiceGbMonth',
  'capacityMonthlyFee', 'capacityMonthlySessions', 'capacityMonthlyOverage',
] as const;

/** Price overrides of a QuickSight component (also the command line's `--prices` file, key `quicksight`). */
export const quickSightPrices = v.strictObject({
  ...(Object.fromEntries(QUICKSIGHT_PRICE_KEYS.map((k) => [k, opt(decimalText)])) as Record<(typeof QUICKSIGHT_PRICE_KEYS)[number], v.OptionalSchema<typeof decimalText, undefined>>),
  capacityAnnualTiers: opt(v.pipe(v.array(v.strictObject({ sessionsPerYear: decimalText, pricePerYear: decimalText, overagePerSession: decimalText })), v.maxLength(LIMITS.annualTiers))),
  unconfirmed: opt(v.pipe(v.array(code), v.maxLength(LIMITS.priceEntries))),
});

const readerGroup = v.strictObject({
  name: opt(name),
  readers: decimal,
  sessionsPerReader: opt(decimal),
  visitsPerReader: opt(decimal),
  minutesPerVisit: opt(decimal),
  emailedReportsPerReader: opt(decimal),
});

const quickSight = v.strictObject({
  id,
  type: v.literal('quicksight'),
  name: opt(name),
  model: v.picklist(['legacy', 'perUser', 'capacityMonthly', 'capacityAnnual']),
  usage: v.strictObject({
    edition: opt(v.picklist(['enterprise', 'standard'])),
    authorsAnnual: opt(decimal),
    authorsMonthly: opt(decimal),
    authorPro: opt(decimal),
    readerPro: opt(decimal),
    readerGroups: opt(v.pipe(v.array(readerGroup), v.maxLength(LIMITS.readerGroups))),
    spiceGb: opt(decimal),
    qAndA: opt(v.boolean()),
    annualTier: opt(v.union([v.literal('cheapest'), decimalText, v.pipe(v.number(), v.safeInteger('decimal'))], 'decimal')),
    pooledSessions: opt(v.strictObject({ sessions: decimal, per: v.picklist(['month', 'year']) })),
  }),
  prices: opt(quickSightPrices),
});

const buildGroup = v.strictObject({
  label: opt(name),
  computeType: code,
  count: decimal,
  per: v.picklist(['month', 'day']),
  durationSeconds: decimal,
  overheadSeconds: opt(decimal),
});

/** Price overrides of a CodeBuild component (also the command line's `--prices` file, key `codebuild`). */
export const codeBuildPrices = v.strictObject({
  computeTypes: opt(v.pipe(v.record(code, decimalText), v.maxEntries(LIMITS.priceEntries))),
  freeTierMinutes: opt(decimalText),
  freeTierLambdaSeconds: opt(decimalText),
});

const codeBuild = v.strictObject({
  id,
  type: v.literal('codebuild'),
  name: opt(name),
  project: v.strictObject({
    label: opt(name),
    overheadSeconds: opt(decimal),
    groups: v.pipe(v.array(buildGroup), v.maxLength(LIMITS.buildGroups)),
  }),
  prices: opt(codeBuildPrices),
});

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const EBS_TYPES = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const;
const date = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'));

/** Price overrides of an EC2 component (also the command line's `--prices` file, per region and instance type). */
export const ec2Prices = v.strictObject({
  instanceHourly: opt(decimalText),
  ebsGbMonth: opt(v.strictObject(Object.fromEntries(EBS_TYPES.map((t) => [t, opt(decimalText)])) as Record<(typeof EBS_TYPES)[number], v.OptionalSchema<typeof decimalText, undefined>>)),
  publicIpv4Hourly: opt(decimalText),
});

const ec2 = v.strictObject({
  id,
  type: v.literal('ec2'),
  name: opt(name),
  input: v.strictObject({
    region: opt(code),
    instanceType: opt(code),
    count: opt(decimal),
    billing: opt(v.picklist(['per-second', 'per-hour'])),
    schedule: v.strictObject({
      periods: v.pipe(v.array(v.strictObject({ days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.maxLength(7)), start: code, end: code })), v.maxLength(LIMITS.periods)),
      timeZone: opt(code),
      // The holiday list is keyed by date in the editor: a repeated date would break it.
      holidays: opt(v.pipe(v.array(date), v.maxLength(LIMITS.holidays), v.check((list) => distinct(list), 'duplicate'))),
    }),
    monthMode: opt(v.picklist(['average', 'calendar'])),
    yearMonth: opt(code),
    volumes: opt(v.pipe(v.array(v.strictObject({ type: v.picklist(EBS_TYPES), sizeGb: decimal, count: opt(decimal) })), v.maxLength(LIMITS.volumes))),
    elasticIps: opt(decimal),
    publicIpv4: opt(v.boolean()),
    hoursPerWeek: opt(decimal),
    runsPerWeek: opt(decimal),
  }),
  prices: opt(ec2Prices),
});

const pipelineAction = v.strictObject({
  label: opt(name),
  kind: opt(v.picklist(['source', 'build', 'test', 'deploy', 'invoke', 'approval', 'custom'])),
  durationSeconds: decimal,
});

const priceTable = <K extends string>(keys: readonly K[]) =>
  v.strictObject(Object.fromEntries(keys.map((k) => [k, opt(decimalText)])) as Record<K, v.OptionalSchema<typeof decimalText, undefined>>);

const pipeline = v.strictObject({
  id,
  type: v.literal('pipeline'),
  name: opt(name),
  flow: v.strictObject({
    label: opt(name),
    commitsPerMonth: decimal,
    repository: opt(v.strictObject({ developers: opt(decimal), storageGb: opt(decimal), gitRequestsPerCommit: opt(decimal), otherGitRequests: opt(decimal) })),
    build: opt(
      v.strictObject({
        overheadSeconds: opt(decimal),
        groups: v.pipe(
          v.array(v.strictObject({ label: opt(name), computeType: code, durationSeconds: decimal, overheadSeconds: opt(decimal), perCommit: opt(decimal) })),
          v.maxLength(50),
        ),
      }),
    ),
    deploy: opt(v.strictObject({ target: opt(v.picklist(['ec2', 'lambda', 'ecs', 'on-premises'])), instances: opt(decimal) })),
    pipeline: opt(v.strictObject({ version: opt(v.picklist(['V1', 'V2'])), actions: opt(v.pipe(v.array(pipelineAction), v.maxLength(100))) })),
    freeTier: opt(v.boolean()),
  }),
  prices: opt(
    v.strictObject({
      codecommit: opt(priceTable(['userMonthly', 'freeUsers', 'freeStorageGb', 'freeGitRequests', 'userStorageGb', 'userGitRequests', 'storageGbMonth', 'gitRequest'] as const)),
      codedeploy: opt(priceTable(['onPremisesUpdate'] as const)),
      codepipeline: opt(priceTable(['v1ActivePipeline', 'v1FreePipelines', 'v2ActionMinute', 'v2FreeMinutes'] as const)),
    }),
  ),
});

const component = v.variant('type', [quickSight, codeBuild, ec2, pipeline]);

/** A priced node's cost (engine: src/engine/scenario/architecture-cost.ts). */
const nodeCost = v.variant('type', [
  v.strictObject({ type: v.literal('component'), componentId: id }),
  v.strictObject({
    type: v.literal('catalog'),
    items: v.pipe(
      v.array(v.strictObject({ service: opt(code), unitPrice: opt(decimalText), quantity: decimal, runs: opt(decimal), secondsPerRun: opt(decimal), label: opt(name) })),
      v.maxLength(LIMITS.costItems),
    ),
  }),
]);

const componentNode = v.strictObject({
  kind: v.literal('component'),
  id,
  name: opt(name),
  percent: opt(decimalText),
  fraction: opt(decimalText),
  mtbfHours: opt(decimal),
  mttrHours: opt(decimal),
  sla: opt(code),
  slaOverride: opt(decimalText),
  replicas: opt(decimal),
  cost: opt(nodeCost),
});

const node: v.GenericSchema<NodeSpec> = v.lazy(() =>
  v.variant('kind', [
    componentNode,
    v.strictObject({ kind: v.picklist(['series', 'parallel']), id, name: opt(name), children: v.pipe(v.array(node), v.maxLength(LIMITS.treeNodes)) }),
    v.strictObject({ kind: v.literal('k-of-n'), id, name: opt(name), k: decimal, n: decimal, member: componentNode }),
    v.strictObject({ kind: v.literal('failover'), id, name: opt(name), primary: node, standby: node, switchSeconds: decimal, failuresPerYear: opt(decimal), primaryMtbfHours: opt(decimal), standbyPricing: opt(v.picklist(['full', 'warm'])), standbyWarmPercent: opt(decimalText) }),
  ]),
);

/** Depth, size and unique ids of an architecture tree (the editors key nodes by id). Iterative. */
export function treeProblem(root: unknown): 'too_deep' | 'too_many' | 'duplicate' | null {
  const stack: { n: unknown; depth: number }[] = [{ n: root, depth: 0 }];
  const ids = new Set<string>();
  let count = 0;
  while (stack.length > 0) {
    const { n, depth } = stack.pop()!;
    if (typeof n !== 'object' || n === null) continue;
    if (depth > LIMITS.treeDepth) return 'too_deep';
    if (++count > LIMITS.treeNodes) return 'too_many';
    const o = n as Record<string, unknown>;
    if (typeof o.id === 'string') {
      if (ids.has(o.id)) return 'duplicate';
      ids.add(o.id);
    }
    if (Array.isArray(o.children)) for (const c of o.children) stack.push({ n: c, depth: depth + 1 });
    for (const k of ['member', 'primary', 'standby']) if (k in o) stack.push({ n: o[k], depth: depth + 1 });
  }
  return null;
}

const architecture = v.pipe(
  node,
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const p = treeProblem(dataset.value);
    if (p) addIssue({ message: p });
  }),
);

const settings = v.strictObject({
  convention: opt(v.picklist(['365-day', 'sre-30-day', 'gregorian', 'julian', 'calendar-month'])),
  conventionMonth: opt(code),
  codeBuildFreeTier: opt(v.boolean()),
  requestsPerMonth: opt(decimalText),
});

/** SLA percents replacing the catalog's, by SLA id (also the command line's `--prices` file, key `slas`). */
export const slaOverrides = v.pipe(v.record(code, decimalText), v.maxEntries(LIMITS.slaOverrides));

const scenarioEntries = {
  format: v.literal(SCENARIO_FORMAT),
  version: v.literal(SCENARIO_VERSION),
  name: opt(text(LIMITS.scenarioName)),
  settings: opt(settings),
  // Components are keyed by id in the editor: a repeated id would break it (the engine refuses it too).
  components: v.pipe(v.array(component), v.maxLength(LIMITS.components), v.check((list) => distinct(list.map((c) => c.id)), 'duplicate')),
  architecture: v.nullish(architecture),
  slaOverrides: opt(slaOverrides),
};

/** A scenario document (format version 2) as it arrives in a file or link: the id is optional and ignored. */
export const ScenarioSchema = v.strictObject({ ...scenarioEntries, id: opt(id) });
/** A scenario as the workspace stores it: with its id. */
export const StoredScenarioSchema = v.strictObject({ ...scenarioEntries, id });

/** The file/link wrapper: several scenarios (each checked on its own with {@link ScenarioSchema}). */
export const BundleSchema = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(BUNDLE_VERSION),
  exportedAt: opt(code),
  scenarios: v.pipe(v.array(v.unknown()), v.minLength(1), v.maxLength(LIMITS.scenarios)),
});

/**
 * The stored workspace (storage format {@link STORAGE_VERSION}, after migrations). Scenarios are
 * checked one by one with {@link StoredScenarioSchema}, so one damaged scenario does not cost the
 * others.
 */
export const StoredEnvelopeSchema = v.strictObject({
  format: v.literal(STORAGE_FORMAT),
  version: v.literal(STORAGE_VERSION),
  rev: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  tab: text(64),
  savedAt: opt(text(40)),
  data: v.strictObject({
    lang: opt(v.picklist(['en', 'es'])),
    activeId: text(LIMITS.id),
    compareIds: v.pipe(v.array(text(LIMITS.id)), v.maxLength(LIMITS.storedScenarios)),
    scenarios: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.storedScenarios)),
  }),
});

/**
 * The stored envelope's fields one by one, so one bad field is reset alone (with its default)
 * and never costs the scenarios: see decodeStored in persistence.svelte.ts.
 */
export const StoredFields = Object.freeze({
  envelope: StoredEnvelopeSchema.entries,
  data: StoredEnvelopeSchema.entries.data.entries,
  compareId: text(LIMITS.id),
});

// ------------------------------------------------------------------------------------------------
// Checks
// ------------------------------------------------------------------------------------------------

/**
 * Walk parsed JSON without recursion: forbidden keys (own keys, so JSON's own "__proto__" is
 * found), nesting depth and size. Returns the first problem, or null.
 */
export function checkJsonShape(value: unknown): Problem | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { v: cur, path, depth } = stack.pop()!;
    if (++nodes > LIMITS.jsonNodes) return problem('too_large', '', { max: String(LIMITS.jsonNodes) });
    if (typeof cur !== 'object' || cur === null) continue;
    if (depth >= LIMITS.jsonDepth) return problem('too_deep', path, { max: String(LIMITS.jsonDepth) });
    if (Array.isArray(cur)) {
      for (let i = 0; i < cur.length; i++) stack.push({ v: cur[i], path: join(path, String(i)), depth: depth + 1 });
      continue;
    }
    for (const key of Object.getOwnPropertyNames(cur)) {
      if (FORBIDDEN_KEYS.has(key)) return problem('forbidden_key', join(path, key), { key });
      stack.push({ v: (cur as Record<string, unknown>)[key], path: join(path, key), depth: depth + 1 });
    }
  }
  return null;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Parse JSON text of at most `maxChars` characters and check its shape. */
export function parseJsonText(textIn: string, maxChars: number): Parsed<unknown> {
  if (typeof textIn !== 'string') return { ok: false, problems: [problem('not_text')] };
  if (textIn.length > maxChars) return { ok: false, problems: [problem('too_large', '', { max: String(maxChars) })] };
  let value: unknown;
  try {
    value = JSON.parse(textIn);
  } catch {
    return { ok: false, problems: [problem('json')] };
  }
  const shape = checkJsonShape(value);
  return shape ? { ok: false, problems: [shape] } : { ok: true, value };
}

const TYPE_WORDS: Readonly<Record<string, string>> = { string: 'text', number: 'number', boolean: 'boolean', array: 'list', Array: 'list', object: 'object', Object: 'object' };

/** Turn valibot's issues into problems with stable codes (at most `max`). */
export function toProblems(issues: readonly v.BaseIssue<unknown>[], prefix = '', max = 6): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues.slice(0, max)) {
    const keys = (issue.path ?? []).map((p) => quote(p.key, LIMITS.id));
    const path = [prefix, ...keys].filter((s) => s !== '').join('.');
    const last = keys[keys.length - 1] ?? '';
    const msg = issue.message;
    if (msg === 'decimal' || msg === 'date' || msg === 'duplicate' || msg === 'too_deep' || msg === 'too_many') {
      out.push(problem(msg === 'too_many' ? 'too_many_nodes' : msg, path, { max: msg === 'too_deep' ? String(LIMITS.treeDepth) : String(LIMITS.treeNodes) }));
    } else if (issue.type === 'strict_object' && issue.expected === 'never') {
      out.push(problem('unknown_key', path, { key: last }));
    } else if ((issue.type === 'object' || issue.type === 'strict_object') && issue.received === 'undefined' && keys.length > 0) {
      out.push(problem('required', path, { key: last }));
    } else if (issue.type === 'max_length' || issue.type === 'max_entries') {
      out.push(problem(typeof issue.input === 'string' ? 'too_long' : 'too_many', path, { max: String(issue.requirement) }));
    } else if (issue.type === 'min_length') {
      out.push(problem(typeof issue.input === 'string' ? 'empty_text' : 'empty_list', path));
    } else if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
      out.push(problem('option', path, { allowed: (issue.expected ?? '').slice(0, 200) }));
    } else if (issue.expected && issue.expected in TYPE_WORDS) {
      out.push(problem('type', path, { expected: TYPE_WORDS[issue.expected] ?? issue.expected }));
    } else {
      out.push(problem('invalid', path));
    }
  }
  return out;
}

/** Format name and version first, so another kind of file or a newer version gets a clear message. */
function checkFormat(value: unknown, format: string, version: number, path: string): Problem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('not_scenario', path);
  const o = value as Record<string, unknown>;
  if (o.format !== format) return problem('format', join(path, 'format'), { expected: format });
  if (o.version !== version) {
    // Not a number or text (e.g. the object {"toString":0}): named by its type, never converted.
    if (typeof o.version !== 'number' && typeof o.version !== 'string') return problem('type', join(path, 'version'), { expected: 'number' });
    const newer = typeof o.version === 'number' && o.version > version;
    return problem(newer ? 'version_newer' : 'version', join(path, 'version'), { value: quote(o.version, 20), supported: String(version) });
  }
  return null;
}

/** A scenario document without its id, exactly as the engine reads it. */
export type ScenarioData = Omit<ScenarioDoc, 'id'>;

/** Validate one scenario (already shape-checked JSON). */
export function validateScenario(raw: unknown, path = '', withId = false): Parsed<ScenarioData & { id?: string }> {
  const value = migrateScenarioDoc(raw);
  const f = checkFormat(value, SCENARIO_FORMAT, SCENARIO_VERSION, path);
  if (f) return { ok: false, problems: [f] };
  const r = v.safeParse(withId ? StoredScenarioSchema : ScenarioSchema, value);
  if (!r.success) return { ok: false, problems: toProblems(r.issues, path) };
  // The input itself, not valibot's copy: the schema transforms nothing, and valibot's copy
  // orders keys as the schema does, so a reload would change the bytes of an export.
  return { ok: true, value: value as ScenarioData & { id?: string } };
}

/**
 * Read the scenarios a link or a file holds: a wrapper `{ format: "nubecalc-scenarios",
 * version: 1, scenarios: [...] }` or a single scenario document. All or nothing: one bad
 * scenario refuses the whole payload (nothing half-imported).
 */
export function parseScenarioPayload(textIn: string, maxChars: number): Parsed<ScenarioData[]> {
  const json = parseJsonText(textIn, maxChars);
  if (!json.ok) return json;
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problems: [problem('not_scenario')] };
  const fmt = (value as Record<string, unknown>).format;
  if (fmt === SCENARIO_FORMAT) {
    const one = validateScenario(value);
    return one.ok ? { ok: true, value: [stripId(one.value)] } : one;
  }
  const f = checkFormat(value, BUNDLE_FORMAT, BUNDLE_VERSION, '');
  if (f) return { ok: false, problems: [f.code === 'format' ? problem('format_any', 'format', { expected: `${BUNDLE_FORMAT}, ${SCENARIO_FORMAT}` }) : f] };
  const bundle = v.safeParse(BundleSchema, value);
  if (!bundle.success) return { ok: false, problems: toProblems(bundle.issues) };
  const out: ScenarioData[] = [];
  const problems: Problem[] = [];
  bundle.output.scenarios.forEach((s, i) => {
    if (problems.length >= 6) return;
    const r = validateScenario(s, `scenarios.${i}`);
    if (r.ok) out.push(stripId(r.value));
    else problems.push(...r.problems);
  });
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 6) } : { ok: true, value: out };
}

function stripId(doc: ScenarioData & { id?: string }): ScenarioData {
  const { id: _id, ...rest } = doc;
  return rest;
}

// ------------------------------------------------------------------------------------------------
// The engine's types and these schemas must describe the same documents (compile-time check).
// ------------------------------------------------------------------------------------------------

type Assert<T extends true> = T;
type Output = v.InferOutput<typeof StoredScenarioSchema>;
type Input = v.InferInput<typeof StoredScenarioSchema>;
/** What the schema lets through is something the engine reads. */
export type _SchemaOutputIsEngineInput = Assert<Output extends ScenarioInput ? true : false>;
/** Everything the editors can produce is something the schema accepts (types; sizes are tested). */
export type _EditorDocsPassSchema = Assert<ScenarioDoc extends Input ? true : false>;
