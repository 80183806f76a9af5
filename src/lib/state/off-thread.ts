/**
 * Evaluating untrusted scenarios off the main thread, with a time-out.
 *
 * Scenarios from a link or a file are previewed from their names and counts only; when the
 * person accepts them, they are evaluated in a Web Worker (src/lib/state/evaluate.worker.ts).
 * If the worker has not finished within the time-out it is terminated and the outcome says so.
 * Where there is no Worker (jsdom in the component tests) the scenarios are evaluated on the
 * main thread, one per task.
 */

/** A scenario's outcome as the worker posts it (plain data: it crosses the thread boundary). */
export type WorkerAnswer =
  | { readonly index: number; readonly ok: true; readonly monthly: string }
  | { readonly index: number; readonly ok: false; readonly error: { readonly code: string; readonly path: string; readonly params: Readonly<Record<string, string>>; readonly message: string } };

export type OffThreadOutcome =
  | { readonly status: 'done'; readonly answers: readonly WorkerAnswer[] }
  | { readonly status: 'timeout'; readonly seconds: number }
  | { readonly status: 'failed' }
  | { readonly status: 'cancelled' };

/** The part of a Worker used here (a fake in the tests). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: Event) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** How long the worker may take for all the scenarios of one link or file. */
export const OFF_THREAD_TIMEOUT_MS = 10_000;

export interface OffThreadOptions {
  readonly timeoutMs?: number;
  /** Makes the worker; null (or no Worker in this environment) evaluates on the main thread. */
  readonly createWorker?: () => WorkerLike | null;
}

function browserWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./evaluate.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Evaluate `docs` off the main thread. `cancel()` stops the work (the promise then gives `cancelled`). */
export function evaluateOffThread(docs: readonly unknown[], options: OffThreadOptions = {}): { promise: Promise<OffThreadOutcome>; cancel: () => void } {
  const timeoutMs = options.timeoutMs ?? OFF_THREAD_TIMEOUT_MS;
  let worker: WorkerLike | null = null;
  try {
    worker = (options.createWorker ?? browserWorker)();
  } catch {
    worker = null;
  }
  let finish: (o: OffThreadOutcome) => void = () => {};
  let settled = false;
  const promise = new Promise<OffThreadOutcome>((resolve) => {
    finish = (o) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      resolve(o);
    };
  });
  const timer = setTimeout(() => finish({ status: 'timeout', seconds: Math.round(timeoutMs / 1000) }), timeoutMs);
  const answers: WorkerAnswer[] = [];
  if (worker) {
    worker.onmessage = (e: MessageEvent) => {
      const m = e.data as WorkerAnswer | { done: true };
      if ('done' in m) finish({ status: 'done', answers });
      else answers.push(m);
    };
    worker.onerror = () => finish({ status: 'failed' });
    // A JSON copy: the documents may be Svelte state proxies, which cannot cross to a worker.
    worker.postMessage({ docs: JSON.parse(JSON.stringify(docs)) as unknown[] });
  } else {
    void onMainThread(docs, answers, () => settled).then(() => finish({ status: 'done', answers }), () => finish({ status: 'failed' }));
  }
  return { promise, cancel: () => finish({ status: 'cancelled' }) };
}

/** The fallback: one scenario per task, so the page can still paint between them. */
async function onMainThread(docs: readonly unknown[], answers: WorkerAnswer[], stopped: () => boolean): Promise<void> {
  const { evaluateOne } = await import('./evaluate-one.ts');
  for (let i = 0; i < docs.length && !stopped(); i++) {
    answers.push(evaluateOne(JSON.parse(JSON.stringify(docs[i])) as unknown, i));
    await new Promise((r) => setTimeout(r, 0));
  }
}
