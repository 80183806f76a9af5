/**
 * Everything loaded after first paint: the engine with its catalogs and (through Workbench.svelte)
 * the editors and results. Importing this module installs the evaluator. (The calculators' messages
 * load beside it, in the page language: messages/index.ts loadMessages.)
 */
import { createScenarioEvaluator, LINE_TEMPLATES } from '../engine/index.ts';
import { appCatalogs } from './state/catalogs.ts';
import { installEngine } from './state/engine.svelte.ts';

import { registerLines } from './i18n/messages/index.ts';

installEngine(() => createScenarioEvaluator(appCatalogs));
// The engine's English formula templates double as English phrases (service names) for the page.
registerLines('en', LINE_TEMPLATES);
