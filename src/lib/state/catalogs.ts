/** The default catalogs the app evaluates scenarios with (prices and SLAs with provenance). */
import type { ScenarioCatalogs } from '../../engine/index.ts';
import { defaultQuickSightPrices } from '../../data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../data/codebuild.ts';
import { defaultEc2Prices } from '../../data/ec2.ts';
import { defaultSlas } from '../../data/slas.ts';
import { defaultDevToolsPrices } from '../../data/devtools.ts';
import { defaultServicePrices } from '../../data/services.ts';

export const appCatalogs: ScenarioCatalogs = {
  quicksight: defaultQuickSightPrices,
  codebuild: defaultCodeBuildPrices,
  ec2: defaultEc2Prices,
  slas: defaultSlas,
  devtools: defaultDevToolsPrices,
  services: defaultServicePrices,
};
