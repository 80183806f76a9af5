/**
 * The cost per nine curve prices the scenario once per point, so it follows the document a moment
 * after typing pauses (CostNineChart.svelte): the totals follow every keystroke at once, the
 * curve 200 ms after the last one, and a new node or an invalid scenario applies at once.
 */
import '@testing-library/jest-dom/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import Harness from '../Harness.svelte';
import ArchitectureEditor from '../../../src/lib/components/availability/ArchitectureEditor.svelte';
import { archDoc, threeTier } from './fixtures.ts';
import type { ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nowRow = (): string => within(screen.getByTestId('cost-nine-table')).getByText(/\(now\)/).textContent ?? '';

describe('the cost per nine curve while typing', () => {
  it('follows an edit 200 ms after it, the totals at once; an invalid scenario at once', async () => {
    let store: ScenarioStore | undefined;
    render(Harness, { view: ArchitectureEditor, makeDoc: () => archDoc(threeTier()), onStore: (s: ScenarioStore) => (store = s) });
    // The first k-of-n group (Web servers, 2 of 3) is the curve's node.
    expect(nowRow()).toBe('3 (now)');
    const setN = (n: string) =>
      store?.edit((d) => {
        const web = d.architecture?.kind === 'series' ? d.architecture.children[1] : undefined;
        if (web?.kind === 'k-of-n') web.n = n;
      }, 'n');
    setN('4');
    flushSync();
    // 2 of 4 at 99.5%: the composite changes at once...
    expect(screen.getByTestId('availability-nines')).not.toHaveTextContent('3.17 nines');
    // ...the curve a moment later.
    expect(nowRow()).toBe('3 (now)');
    await sleep(300);
    flushSync();
    expect(nowRow()).toBe('4 (now)');
    // k > n is invalid: the curve says so at once.
    setN('1');
    flushSync();
    expect(screen.queryByTestId('cost-nine-table')).toBeNull();
  });
});
