/**
 * Package entry `nubecalc/data`: the default catalogs (prices and SLAs, each with its source,
 * as-of date and `unconfirmed` flag) and the app's example scenarios.
 */
import type { ScenarioCatalogs } from '../../engine/scenario.ts';
import { defaultQuickSightPrices } from '../../data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../data/codebuild.ts';
import { defaultEc2Prices } from '../../data/ec2.ts';
import { defaultSlas } from '../../data/slas.ts';

export { defaultQuickSightPrices, quickSightCatalog, type QuickSightCatalog, type QuickSightAnnualTierEntry } from '../../data/quicksight.ts';
export { defaultCodeBuildPrices, codeBuildCatalog, type CodeBuildCatalog, type CodeBuildCatalogEntry } from '../../data/codebuild.ts';
export { defaultEc2Prices, ec2Catalog, EC2_REGIONS, ec2InstanceTypes, ec2InstancePriceEntry, type Ec2Catalog } from '../../data/ec2.ts';
export { defaultSlas, SLA_CATALOG, findSla } from '../../data/slas.ts';
export { PRESETS, findPreset, type Preset, type PresetId } from '../../data/presets.ts';

/** Every default catalog, ready for `evaluateScenario(doc, defaultCatalogs)`. */
export const defaultCatalogs: ScenarioCatalogs = {
  quicksight: defaultQuickSightPrices,
  codebuild: defaultCodeBuildPrices,
  ec2: defaultEc2Prices,
  slas: defaultSlas,
};
