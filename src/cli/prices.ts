/**
 * `--prices FILE`: catalog values replaced for the whole run. The file holds the same price
 * overrides the app stores on a component, checked with the app's own schemas, then every value
 * parsed as the engine parses a price (a non-negative decimal written as text):
 *
 * ```json
 * {
 *   "quicksight": { "readerSession": "0.25" },
 *   "codebuild": { "computeTypes": { "general1.small": "0.006" }, "freeTierMinutes": "100" },
 *   "ec2": { "us-east-1": { "t3.medium": { "instanceHourly": "0.05", "ebsGbMonth": { "gp3": "0.09" } } } },
 *   "slas": { "rds-multi-az": "99.9" }
 * }
 * ```
 * A component's own `prices` in a scenario still win over these (they are the scenario's choice).
 */
import * as v from 'valibot';
import { parseDecimal, EngineError, joinPath, type ScenarioCatalogs } from '../engine/index.ts';
import { LIMITS, codeBuildPrices, ec2Prices, parseJsonText, quickSightPrices, slaOverrides, toProblems, type Problem } from '../lib/state/schema.ts';

const code = v.pipe(v.string(), v.maxLength(LIMITS.code));

export const PricesFileSchema = v.strictObject({
  quicksight: v.optional(quickSightPrices),
  codebuild: v.optional(codeBuildPrices),
  ec2: v.optional(v.pipe(v.record(code, v.pipe(v.record(code, ec2Prices), v.maxEntries(LIMITS.priceEntries))), v.maxEntries(LIMITS.priceEntries))),
  slas: v.optional(slaOverrides),
});

export type PricesFile = v.InferOutput<typeof PricesFileSchema>;

export type PricesOutcome = { readonly ok: true; readonly value: PricesFile } | { readonly ok: false; readonly problems: readonly Problem[] } | { readonly ok: false; readonly error: EngineError };

/** Every decimal text in the file, with its path (the annual tiers and the unconfirmed list aside). */
function* leaves(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, inner] of Object.entries(value)) if (k !== 'unconfirmed' && k !== 'capacityAnnualTiers') yield* leaves(inner, joinPath(path, k));
  }
}

/** Check a prices file's text: JSON shape, the app's schemas, then each value as the engine reads a price. */
export function parsePricesText(text: string): PricesOutcome {
  const json = parseJsonText(text, LIMITS.fileChars);
  if (!json.ok) return json;
  const r = v.safeParse(PricesFileSchema, json.value);
  if (!r.success) return { ok: false, problems: toProblems(r.issues) };
  try {
    for (const [path, value] of leaves(r.output, '')) parseDecimal(value, path);
    r.output.quicksight?.capacityAnnualTiers?.forEach((tier, i) => {
      for (const [k, value] of Object.entries(tier)) parseDecimal(value, joinPath('quicksight.capacityAnnualTiers', i, k));
    });
  } catch (e) {
    if (e instanceof EngineError) return { ok: false, error: e };
    throw e;
  }
  return { ok: true, value: r.output };
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;
}

/** The catalogs with the file's values over the defaults (the developer tools and services catalogs as they are). */
export function withPrices(base: ScenarioCatalogs, file: PricesFile): ScenarioCatalogs {
  return {
    ...base,
    quicksight: () => ({ ...base.quicksight(), ...defined(file.quicksight ?? {}) }),
    codebuild: () => {
      const d = base.codebuild();
      const o = file.codebuild ?? {};
      return { ...d, ...defined({ freeTierMinutes: o.freeTierMinutes, freeTierLambdaSeconds: o.freeTierLambdaSeconds }), computeTypes: { ...d.computeTypes, ...(o.computeTypes ?? {}) } };
    },
    ec2: (region, type) => {
      const d = base.ec2(region, type);
      const o = own(own(file.ec2, region), type);
      if (!o) return d;
      return { ...d, ...defined({ instanceHourly: o.instanceHourly, publicIpv4Hourly: o.publicIpv4Hourly }), ebsGbMonth: { ...(d.ebsGbMonth ?? {}), ...defined(o.ebsGbMonth ?? {}) } };
    },
    slas: () => ({ ...base.slas(), ...(file.slas ?? {}) }),
  };
}
