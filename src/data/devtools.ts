/**
 * Default prices of the developer tools beyond CodeBuild (CodeCommit, CodeDeploy, CodePipeline),
 * loaded from `devtools.json` and validated at load time: every price the engine reads is a
 * valid {@link PriceEntry} (value, unit, source, as-of date, unconfirmed flag).
 */
import raw from './devtools.json';
import { catalogRecord, loadPriceEntry, type PriceEntry, type CodeCommitPrices, type CodeDeployPrices, type CodePipelinePrices, type ReleaseFlowPrices, joinPath } from '../engine/index.ts';
import { defaultCodeBuildPrices } from './codebuild.ts';

const KEYS = {
  codecommit: ['userMonthly', 'freeUsers', 'freeStorageGb', 'freeGitRequests', 'userStorageGb', 'userGitRequests', 'storageGbMonth', 'gitRequest'],
  codedeploy: ['onPremisesUpdate'],
  codepipeline: ['v1ActivePipeline', 'v1FreePipelines', 'v2ActionMinute', 'v2FreeMinutes'],
} as const;

type Service = keyof typeof KEYS;

/** The developer-tools catalog: each service's entries by price name. */
export interface DevToolsCatalog {
  readonly service: string;
  readonly codecommit: Readonly<Record<keyof CodeCommitPrices, PriceEntry>>;
  readonly codedeploy: Readonly<Record<keyof CodeDeployPrices, PriceEntry>>;
  readonly codepipeline: Readonly<Record<keyof CodePipelinePrices, PriceEntry>>;
}

/**
 * Validate a developer-tools catalog (the shipped JSON, or an imported one).
 * @throws EngineError with the path of the first bad field (e.g. "codecommit.gitRequest.value")
 */
export function loadDevToolsCatalog(json: unknown): DevToolsCatalog {
  const root = catalogRecord(json, '', 'a developer-tools catalog');
  const out: Record<string, unknown> = { service: typeof root.service === 'string' ? root.service : 'AWS developer tools' };
  for (const svc of Object.keys(KEYS) as Service[]) {
    const table = catalogRecord(root[svc], svc, 'a table of prices');
    const entries: Record<string, PriceEntry> = {};
    for (const k of KEYS[svc]) entries[k] = loadPriceEntry(table[k], joinPath(svc, k));
    out[svc] = Object.freeze(entries);
  }
  return Object.freeze(out) as unknown as DevToolsCatalog;
}

/** The shipped catalog (validated when this module loads). */
export const devToolsCatalog: DevToolsCatalog = loadDevToolsCatalog(raw);

function values<K extends string>(table: Readonly<Record<K, PriceEntry>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(table) as K[]) out[k] = table[k].value;
  return out;
}

/** Fresh, plain price objects (without CodeBuild), ready to be overridden. */
export function defaultDevToolsPrices(): { codecommit: CodeCommitPrices; codedeploy: CodeDeployPrices; codepipeline: CodePipelinePrices } {
  return { codecommit: values(devToolsCatalog.codecommit), codedeploy: values(devToolsCatalog.codedeploy), codepipeline: values(devToolsCatalog.codepipeline) };
}

/** Every price a release flow needs, CodeBuild's included. */
export function defaultReleaseFlowPrices(): ReleaseFlowPrices {
  return { ...defaultDevToolsPrices(), codebuild: defaultCodeBuildPrices() };
}
