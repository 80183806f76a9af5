/** Spanish line templates of the codebuild calculator: one for each English template in src/engine/codebuild/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const codebuildEs = spanishLines<(typeof LINE_CATALOGS)['codebuild']>({
});
