/**
 * A Web Worker that evaluates scenarios off the main thread (untrusted scenarios from a link or a
 * file, after the person accepts them). It gets `{ docs }`, posts one answer per scenario and
 * then `{ done: true }`. The page terminates it when it takes too long (src/lib/state/off-thread.ts).
 */
import { evaluateOne } from './evaluate-one.ts';
import type { WorkerAnswer } from './off-thread.ts';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<{ docs?: unknown }>) => void) | null; postMessage: (m: WorkerAnswer | { done: true }) => void };

scope.onmessage = (e) => {
  const docs = Array.isArray(e.data?.docs) ? (e.data.docs as unknown[]) : [];
  docs.forEach((doc, index) => scope.postMessage(evaluateOne(doc, index)));
  scope.postMessage({ done: true });
};
