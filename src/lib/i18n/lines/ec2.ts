/** Spanish line templates of the ec2 calculator: one for each English template in src/engine/ec2/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const ec2Es = spanishLines<(typeof LINE_CATALOGS)['ec2']>({
});
