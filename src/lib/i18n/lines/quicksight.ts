/** Spanish line templates of the quicksight calculator: one for each English template in src/engine/quicksight/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const quicksightEs = spanishLines<(typeof LINE_CATALOGS)['quicksight']>({
});
