/** Spanish line templates of the availability calculator: one for each English template in src/engine/availability/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const availabilityEs = spanishLines<(typeof LINE_CATALOGS)['availability']>({
});
