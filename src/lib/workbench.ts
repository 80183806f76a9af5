/**
 * Everything loaded after first paint: the engine with its catalogs, the calculators' message
 * bundles, and (through Workbench.svelte) the editors and results. Importing this module installs
 * the evaluator.
 */
import { createScenarioEvaluator } from '../engine/index.ts';
import { appCatalogs } from './state/catalogs.ts';
import { installEngine } from './state/engine.svelte.ts';
import { registerBundles } from './i18n/messages/index.ts';
import { lazyBundles } from './i18n/messages/lazy.ts';

registerBundles(lazyBundles);
installEngine(() => createScenarioEvaluator(appCatalogs));
