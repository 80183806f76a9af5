/**
 * Package entry `nubecalc/data`: the default catalogs (prices of QuickSight, CodeBuild, EC2, the
 * developer tools and the services an architecture node is priced with, and SLAs, each with its source,
 * as-of date and `unconfirmed` flag) and the app's example scenarios.
 */
import type { ScenarioCatalogs } from '../../engine/index.ts';
import { appCatalogs } from '../../lib/state/catalogs.ts';

export { defaultQuickSightPrices, quickSightCatalog, type QuickSightCatalog, type QuickSightAnnualTierEntry } from '../../data/quicksight.ts';
export { defaultCodeBuildPrices, codeBuildCatalog, type CodeBuildCatalog, type CodeBuildCatalogEntry } from '../../data/codebuild.ts';
export { defaultEc2Prices, ec2Catalog, EC2_REGIONS, ec2InstanceTypes, ec2InstancePriceEntry, type Ec2Catalog } from '../../data/ec2.ts';
export { defaultSlas, SLA_CATALOG, findSla } from '../../data/slas.ts';
export { defaultDevToolsPrices, defaultReleaseFlowPrices, devToolsCatalog, type DevToolsCatalog } from '../../data/devtools.ts';
export { defaultServicePrices, SERVICE_CATALOG, SERVICE_REGION, findService, type ServiceEntry } from '../../data/services.ts';
export { PRESETS, findPreset, type Preset, type PresetId } from '../../data/presets.ts';

/**
 * Every default catalog, ready for `evaluateScenario(doc, defaultCatalogs)`: the very catalogs the
 * app evaluates with (src/lib/state/catalogs.ts), so a catalog added to the app is in the package too.
 */
export const defaultCatalogs: ScenarioCatalogs = appCatalogs;
