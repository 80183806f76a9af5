/**
 * All message bundles. Add a feature's bundle here (one import and one spread each).
 */
import type { Bundle } from '../define.ts';
import { errors } from './errors.ts';
import { common } from './common.ts';
import { app } from './app.ts';

const bundles: readonly Bundle[] = [errors, common, app];

export const messages = {
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
  es: Object.assign({}, ...bundles.map((b) => b.es)) as Record<string, string>,
};
