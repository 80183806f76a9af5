/**
 * The comparison view in real Chromium: two scenarios built through the UI (an example loaded
 * into the first scenario; the same example loaded again opens a second scenario, which then
 * gets an extra EC2 component), and the compare view's figures equal each scenario's own totals.
 */
import { test, expect, axeViolations, canvasPainted } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** "$1,234.56" -> 123456 (cents). */
function cents(text: string): number {
  const m = /^(−|-)?\$([\d,]+)\.(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`not a dollar amount: ${text}`);
  const v = Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3]);
  return m[1] ? -v : v;
}

async function loadExample(page: Page, id: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Example scenario' }).selectOption(id);
  await page.getByRole('button', { name: 'Load example' }).click();
}

async function ownTotals(page: Page): Promise<{ monthly: string; annual: string }> {
  const monthly = (await page.getByTestId('total-monthly').textContent()) ?? '';
  const annual = (await page.getByTestId('total-annual').textContent()) ?? '';
  return { monthly: monthly.trim(), annual: annual.trim() };
}

test('the compare view shows each scenario’s own totals, the differences, the frontier and the charts', async ({ page }) => {
  await page.goto('/');
  await loadExample(page, 'team-ci');
  await expect(page.getByTestId('total-monthly')).not.toHaveText('$0.00');
  const first = await ownTotals(page);

  // The same example again opens a second scenario (work is never overwritten); change it.
  await loadExample(page, 'team-ci');
  await page.getByRole('button', { name: /Add EC2 schedule/ }).click();
  await expect(page.getByTestId('total-monthly')).not.toHaveText(first.monthly);
  const second = await ownTotals(page);
  expect(cents(second.monthly)).toBeGreaterThan(cents(first.monthly));

  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { name: 'Compare scenarios' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Team CI pipeline', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Team CI pipeline (2)' })).toBeChecked();

  await expect(page.getByTestId('cmp-monthly-0')).toHaveText(first.monthly);
  await expect(page.getByTestId('cmp-monthly-1')).toHaveText(second.monthly);
  await expect(page.getByTestId('cmp-annual-0')).toHaveText(first.annual);
  await expect(page.getByTestId('cmp-annual-1')).toHaveText(second.annual);
  const diff = cents(second.monthly) - cents(first.monthly);
  await expect(page.getByTestId('cmp-monthly-1-delta')).toHaveText(`+$${(diff / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  // The added EC2 component is the whole difference.
  await expect(page.getByTestId('cmp-type-ec2-1')).toHaveText(`$${(diff / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  await expect(page.getByTestId('cmp-type-ec2-0')).toHaveText('$0.00');

  // Same architecture: same availability and nines; the dearer one is dominated.
  const avail0 = await page.getByTestId('cmp-availability-0').textContent();
  await expect(page.getByTestId('cmp-availability-1')).toHaveText(avail0 ?? '');
  await expect(page.getByTestId('cmp-nines-0')).toHaveText(/^\d+(\.\d+)?$/);
  await expect(page.getByTestId('cmp-downtime-year-0')).toHaveText(/\d+h \d+m/);
  await expect(page.getByTestId('cmp-frontier-0')).toHaveText(/On the frontier/);
  await expect(page.getByTestId('cmp-frontier-1')).toHaveText('Dominated by Team CI pipeline');
  await expect(page.getByTestId('nine-cost')).toContainText('Same nines as the baseline');
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);

  // Both charts really paint.
  const canvases = page.locator('main canvas');
  await expect(canvases).toHaveCount(2);
  await expect.poll(() => canvasPainted(page, 'main figure:nth-of-type(1) canvas')).toBe(true);
  await expect.poll(async () => (await canvases.nth(1).getAttribute('data-painted')) === 'true').toBe(true);

  expect(await axeViolations(page)).toEqual([]);

  // Unchecking one leaves a message; the editor still shows the second scenario's own total.
  await page.getByRole('checkbox', { name: 'Team CI pipeline', exact: true }).uncheck();
  await expect(page.getByText('Choose at least two scenarios to compare.')).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByTestId('total-monthly')).toHaveText(second.monthly);
});

test('the compare view has no accessibility violations at 375 px and does not scroll the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await loadExample(page, 'three-tier-3az');
  await loadExample(page, 'two-region-failover');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
});
