/** One untrusted scenario's monthly total, or its engine error, as plain data (used by the worker and its fallback). */
import { evaluateScenario, EngineError } from '../../engine/index.ts';
import { appCatalogs } from './catalogs.ts';
import type { WorkerAnswer } from './off-thread.ts';

export function evaluateOne(doc: unknown, index: number): WorkerAnswer {
  try {
    return { index, ok: true, monthly: evaluateScenario(doc, appCatalogs).monthlyTotal.toFixed(2) };
  } catch (err) {
    if (err instanceof EngineError) return { index, ok: false, error: { code: err.code, path: err.path, params: { ...err.params }, message: err.message } };
    return { index, ok: false, error: { code: 'invalid', path: '', params: {}, message: 'invalid' } };
  }
}
