/**
 * Everything loaded after first paint: the engine with its catalogs and (through Workbench.svelte)
 * the editors and results. Importing this module installs the evaluator. (The calculators' messages
 * load beside it, in the page language: messages/index.ts loadMessages.)
 */
import { createScenarioEvaluator } from '../engine/index.ts';
import { appCatalogs } from './state/catalogs.ts';
import { installEngine } from './state/engine.svelte.ts';

installEngine(() => createScenarioEvaluator(appCatalogs));
