/**
 * Untrusted scenarios are previewed from names and counts only, and evaluated after the person
 * accepts, off the main thread, with a time-out that stops the worker and says so.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { compressToEncodedURIComponent } from 'lz-string';
import IncomingHarness from './IncomingHarness.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte.ts';
import { readShareHash } from '../../../src/lib/state/share.ts';
import { evaluateOffThread, type WorkerLike } from '../../../src/lib/state/off-thread.ts';
import { ciDoc } from './fixtures.ts';

/** The reproducer: a valid 28 KB link with 2,499 k-of-n groups of n = 10,000. */
function hugeLink(): string {
  const children = Array.from({ length: 2499 }, (_, i) => ({ kind: 'k-of-n', id: `g${i}`, k: '1', n: '10000', member: { kind: 'component', id: `m${i}`, percent: '99.9' } }));
  const doc = { format: 'nubecalc-scenario', version: 1, name: 'Huge', components: [], architecture: { kind: 'parallel', id: 'root', children } };
  return `#share=${compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

/** A worker that records what it gets and never answers (a scenario that runs forever). */
function silentWorker(): WorkerLike & { terminated: boolean; got: unknown[] } {
  return { onmessage: null, onerror: null, terminated: false, got: [], postMessage(m) { this.got.push(m); }, terminate() { this.terminated = true; } };
}

describe('the incoming dialog', () => {
  it('previews the 2,499-group link from its counts, then refuses its work by the budget (too_much_work) and adds it flagged', async () => {
    const hash = hugeLink();
    expect(hash.length).toBeLessThan(30_000);
    const parsed = readShareHash(hash)!;
    expect(parsed.ok).toBe(true);
    const ws = new Workspace([ciDoc()], 'sa');
    const onClose = vi.fn();
    render(IncomingHarness, { props: { workspace: ws, incoming: { source: 'link', parsed, fileName: '' }, onClose } });
    const dialog = screen.getByRole('dialog', { name: 'This link holds a scenario' });
    // Names and counts only: 0 components, 1 root + 2,499 groups = 2,500 nodes (members are counted through n).
    expect(within(dialog).getAllByRole('row')[1]).toHaveTextContent(/^Huge02,500$/);
    expect(within(dialog).getByText(/nothing in it is worked out until you add it/)).toBeInTheDocument();
    await userEvent.setup().click(within(dialog).getByRole('button', { name: 'Add the scenario' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    // Added (it is a valid document) and flagged: its editor shows the too_much_work message.
    expect(onClose).toHaveBeenCalledWith('Scenario added. It needs a fix (open it to see where).');
    expect(ws.scenarios).toHaveLength(2);
    // The work budget refused it before evaluating: 2,499 x 10,000 k-of-n members.
    const out = await evaluateOffThread(parsed.ok ? parsed.value : [], { createWorker: () => null }).promise;
    expect(out.status === 'done' && out.answers[0]).toMatchObject({ ok: false, error: { code: 'too_much_work', params: { limit: 'kOfNMembers', value: '24990000' } } });
  });

  it('a worker that runs past the time-out is terminated, the dialog says so, and nothing is added', async () => {
    const worker = silentWorker();
    const ws = new Workspace([ciDoc()], 'sa');
    const onClose = vi.fn();
    const parsed = { ok: true as const, value: [{ ...ciDoc(), id: undefined }] };
    render(IncomingHarness, { props: { workspace: ws, incoming: { source: 'file', parsed, fileName: 'slow.json' }, onClose, offThread: { timeoutMs: 1, createWorker: () => worker } } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add the scenario' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('took longer than 0 seconds, so nubecalc stopped. Nothing was added.');
    expect(worker.terminated).toBe(true);
    expect(worker.got).toEqual([{ docs: [JSON.parse(JSON.stringify(parsed.value[0]))] }]);
    expect(ws.scenarios).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith('');
  });
});

describe('evaluateOffThread', () => {
  it('collects the worker\'s answers and terminates it when done', async () => {
    const worker = silentWorker();
    const run = evaluateOffThread([ciDoc()], { createWorker: () => worker });
    worker.onmessage?.({ data: { index: 0, ok: true, monthly: '1.00' } } as MessageEvent);
    worker.onmessage?.({ data: { done: true } } as MessageEvent);
    expect(await run.promise).toEqual({ status: 'done', answers: [{ index: 0, ok: true, monthly: '1.00' }] });
    expect(worker.terminated).toBe(true);
  });

  it('without a Worker, evaluates on the main thread: 200 builds x 1 min x $0.005 = $1.00', async () => {
    const run = evaluateOffThread([ciDoc(), { format: 'nubecalc-scenario', version: JSON.parse('{"toString":0}'), components: [] }], { createWorker: () => null });
    const out = await run.promise;
    expect(out.status === 'done' && out.answers.map((a) => (a.ok ? a.monthly : a.error.code))).toEqual(['1.00', 'unknown_version']);
  });

  it('cancel stops it', async () => {
    const worker = silentWorker();
    const run = evaluateOffThread([ciDoc()], { createWorker: () => worker });
    run.cancel();
    expect(await run.promise).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
