/**
 * The reproducer of issue 8: a valid 28 KB share link with 2,499 k-of-n groups of n = 10,000 froze
 * the tab for minutes before its dialog appeared. Now the dialog previews names and counts only,
 * and after "Add" the work budget refuses the scenario (too_much_work) in the worker and on the
 * page. The longest main-thread task while the dialog opens is printed (Long Tasks API).
 */
import lz from 'lz-string';
import { test, expect } from './fixtures.ts';

function hugeLink(): string {
  const children = Array.from({ length: 2499 }, (_, i) => ({ kind: 'k-of-n', id: `g${i}`, k: '1', n: '10000', member: { kind: 'component', id: `m${i}`, percent: '99.9' } }));
  const doc = { format: 'nubecalc-scenario', version: 1, name: 'Huge', components: [], architecture: { kind: 'parallel', id: 'root', children } };
  return `/#share=${lz.compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

test('the 28 KB link of 2,499 k-of-n groups opens its preview at once, without evaluating anything', async ({ page }) => {
  const link = hugeLink();
  expect(link.length).toBeLessThan(30_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  await page.evaluate((hash) => (location.hash = hash.slice(1)), link);
  const dialog = page.getByRole('dialog', { name: 'This link holds a scenario' });
  await expect(dialog.getByRole('row').nth(1)).toHaveText(/Huge\s*0\s*2,500/);
  const opening = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  console.log(`hostile link: longest main-thread task while the dialog opened: ${opening} ms`);
  // Nothing of it was evaluated: cancelling leaves the workspace as it was. (After "Add" the work
  // budget refuses it in the worker: test/lib/workspace/incoming.test.ts.)
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Scenario 1', '+ New scenario']);
});
