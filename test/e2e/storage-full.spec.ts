/**
 * The reproducer of issue 8: with the browser's storage full, an unreadable stored value was
 * overwritten about 250 ms after start although its backup copy had failed, so after one reload
 * the data and the banner were gone. Now it stays in place, across reloads, until the person
 * downloads or dismisses it.
 */
import { test, expect } from './fixtures.ts';

const RAW = '{"format":"nubecalc-workspace","version":{"toString":0},"data":{"scenarios":[]}}';

test('unreadable data survives reloads while the storage is too full to back it up', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((raw) => {
    localStorage.clear();
    localStorage.setItem('nubecalc.workspace', raw);
    // Fill the rest of the storage so the backup copy fails on quota.
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 16; ) {
      try {
        localStorage.setItem(`fill.${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  }, RAW);
  for (let reload = 0; reload < 2; reload++) {
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: 'Your saved scenarios could not be read' });
    await expect(banner).toContainText('Expected a number. (at version)');
    await expect(banner).toContainText('The saved data stays where it is, and nothing is saved over it');
    // Past the 250 ms save delay, after an edit: the original is still there.
    await page.getByRole('button', { name: '+ New scenario' }).click();
    await expect(page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button')).toHaveCount(3);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => localStorage.getItem('nubecalc.workspace'))).toBe(RAW);
  }
  // Dismissed: saving goes on (the storage is freed first so the save fits).
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fill.')).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: '+ New scenario' }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('nubecalc.workspace'))).not.toBe(RAW);
});
