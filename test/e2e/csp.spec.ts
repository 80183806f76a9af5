/**
 * The production build's Content-Security-Policy (vite.config.ts: default-src 'self', no inline
 * script or style, no eval) holds while the app does everything that loads code or sets styles:
 * examples with their charts (Chart.js), the compare view, and a share link whose scenarios are
 * worked out in a Web Worker after "Add". Any `securitypolicyviolation` event fails the test, and
 * the shared fixture fails it on any console error.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function loadExample(page: Page, id: string): Promise<void> {
  await page.getByLabel('Example scenario').selectOption(id);
  await page.getByRole('button', { name: 'Load example' }).click();
}

test('the built page carries a strict policy and runs the examples and their charts with zero violations', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  await loadExample(page, 'three-tier-3az');
  await expect(page.locator('figure canvas').first()).toHaveAttribute('data-painted', 'true');
  await loadExample(page, 'team-ci');
  await expect(page.getByTestId('total-monthly')).toHaveText('$40.86');
  await expect(page.locator('figure canvas').first()).toHaveAttribute('data-painted', 'true');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('figure canvas').first()).toHaveAttribute('data-painted', 'true');
  expect(await violations(page)).toEqual([]);
});

test('a share link is worked out in a Web Worker after "Add", under the policy', async ({ page, browser }) => {
  await page.goto('/');
  await loadExample(page, 'team-ci');
  await expect(page.getByTestId('total-monthly')).toHaveText('$40.86');
  await page.getByText('Share, export, import').click();
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await watchViolations(other);
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const workers: string[] = [];
  other.on('worker', (w) => workers.push(w.url()));
  await other.goto(link);
  const dialog = other.getByRole('dialog', { name: 'This link holds a scenario' });
  await dialog.getByRole('button', { name: 'Add the scenario' }).click();
  await expect(other.getByText('Scenario added.')).toBeVisible();
  await expect(other.getByTestId('total-monthly')).toHaveText('$40.86');
  expect(workers).toEqual([expect.stringMatching(/\/assets\/evaluate\.worker-[\w-]+\.js$/)]);
  expect(await violations(other)).toEqual([]);
  expect(errors).toEqual([]);
  await fresh.close();
});
