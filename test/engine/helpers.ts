/** Helpers shared by the engine and catalog tests. */
import { EngineError } from '../../src/engine/errors.ts';

/** The EngineError a call throws (fails the test if it throws anything else or nothing). */
export function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error('expected an EngineError');
}
