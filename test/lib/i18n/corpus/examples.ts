/** The line items of the app's examples (every preset, evaluated as the app does). */
import { evaluateScenario, type LineItem } from '../../../../src/engine/index.ts';
import { appCatalogs } from '../../../../src/lib/state/catalogs.ts';
import { PRESETS } from '../../../../src/data/presets.ts';
import { collectLines } from './collect.ts';

export function exampleLines(): LineItem[] {
  return PRESETS.flatMap((p) => collectLines(evaluateScenario(p.build(), appCatalogs)));
}
