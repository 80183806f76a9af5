/**
 * Default AWS CodeBuild prices (us-east-1, on-demand) with their provenance, loaded from
 * `codebuild.json` and validated at load time: every entry is a valid {@link PriceEntry}, every
 * compute type the engine knows is present (and nothing else), and each entry's billing
 * granularity, free-tier pool and unit agree with the engine's billing rules.
 */
import raw from './codebuild.json';
import { catalogRecord, loadPriceEntry, type PriceEntry, CODEBUILD_COMPUTE_TYPE_IDS, CODEBUILD_COMPUTE_TYPES, isCodeBuildComputeType, type CodeBuildBilling, type CodeBuildComputeType, type CodeBuildFreeTierPool, type CodeBuildPrices, EngineError, joinPath } from '../engine/index.ts';

/** One compute type's default price plus its billing rule. */
export interface CodeBuildCatalogEntry extends PriceEntry {
  /** 'minute' (each build rounded up to a whole minute) or 'second' (Lambda). */
  readonly billing: CodeBuildBilling;
  /** Free-tier pool; absent when the type has no free tier. */
  readonly freeTierPool?: CodeBuildFreeTierPool;
}

/** The CodeBuild catalog. */
export interface CodeBuildCatalog {
  readonly service: string;
  readonly region: string;
  /** Every compute type of domain.md section 2. */
  readonly computeTypes: Readonly<Record<CodeBuildComputeType, CodeBuildCatalogEntry>>;
  readonly freeTier: {
    /** 100 build-minutes a month, general1.small + arm1.small, one pool per account. */
    readonly ec2SmallMinutes: PriceEntry;
    /** 6,000 build-seconds a month, 1 GB Lambda types, one pool per account. */
    readonly lambdaSeconds: PriceEntry;
  };
}

const UNIT_BY_BILLING: Record<CodeBuildBilling, string> = {
  minute: 'USD per build-minute',
  second: 'USD per build-second',
};

/**
 * Validate a CodeBuild catalog (the shipped JSON, or an imported one).
 * @throws EngineError with the path of the first bad field (e.g. "computeTypes.gpu1.small.value")
 */
export function loadCodeBuildCatalog(json: unknown): CodeBuildCatalog {
  const root = catalogRecord(json, '', 'a CodeBuild catalog');
  const types = catalogRecord(root.computeTypes, 'computeTypes', 'a table of compute types');
  for (const key of Object.keys(types)) {
    if (!isCodeBuildComputeType(key)) {
      throw new EngineError('unknown_option', joinPath('computeTypes', key), { value: key, allowed: CODEBUILD_COMPUTE_TYPE_IDS.join(', ') });
    }
  }
  const computeTypes = {} as Record<CodeBuildComputeType, CodeBuildCatalogEntry>;
  for (const id of CODEBUILD_COMPUTE_TYPE_IDS) {
    const path = joinPath('computeTypes', id);
    if (!Object.prototype.hasOwnProperty.call(types, id)) throw new EngineError('required', path);
    const base = loadPriceEntry(types[id], path);
    const e = types[id] as Record<string, unknown>;
    const rule = CODEBUILD_COMPUTE_TYPES[id];
    if (e.billing !== rule.billing) {
      throw new EngineError('unknown_option', joinPath(path, 'billing'), { value: String(e.billing), allowed: rule.billing });
    }
    const pool = e.freeTierPool ?? null;
    if (pool !== rule.freeTierPool) {
      throw new EngineError('unknown_option', joinPath(path, 'freeTierPool'), { value: String(pool), allowed: String(rule.freeTierPool ?? 'none') });
    }
    if (base.unit !== UNIT_BY_BILLING[rule.billing]) {
      throw new EngineError('unknown_option', joinPath(path, 'unit'), { value: base.unit, allowed: UNIT_BY_BILLING[rule.billing] });
    }
    computeTypes[id] = Object.freeze({
      ...base,
      billing: rule.billing,
      ...(rule.freeTierPool ? { freeTierPool: rule.freeTierPool } : {}),
    });
  }
  const free = catalogRecord(root.freeTier, 'freeTier', 'the free-tier allowances');
  return Object.freeze({
    service: typeof root.service === 'string' ? root.service : 'AWS CodeBuild',
    region: typeof root.region === 'string' ? root.region : 'us-east-1',
    computeTypes: Object.freeze(computeTypes),
    freeTier: Object.freeze({
      ec2SmallMinutes: loadPriceEntry(free.ec2SmallMinutes, 'freeTier.ec2SmallMinutes'),
      lambdaSeconds: loadPriceEntry(free.lambdaSeconds, 'freeTier.lambdaSeconds'),
    }),
  });
}

/** The shipped CodeBuild catalog (validated when this module loads). */
export const codeBuildCatalog: CodeBuildCatalog = loadCodeBuildCatalog(raw);

/** A fresh, plain price object from the catalog, ready to be overridden and passed to the engine. */
export function defaultCodeBuildPrices(): CodeBuildPrices {
  const computeTypes: Partial<Record<CodeBuildComputeType, string>> = {};
  for (const id of CODEBUILD_COMPUTE_TYPE_IDS) computeTypes[id] = codeBuildCatalog.computeTypes[id].value;
  return {
    computeTypes,
    freeTierMinutes: codeBuildCatalog.freeTier.ec2SmallMinutes.value,
    freeTierLambdaSeconds: codeBuildCatalog.freeTier.lambdaSeconds.value,
  };
}
