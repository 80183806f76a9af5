/** Spanish line templates of the scenario calculator: one for each English template in src/engine/scenario/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const scenarioEs = spanishLines<(typeof LINE_CATALOGS)['scenario']>({
});
