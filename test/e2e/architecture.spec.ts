/**
 * The architecture at a glance (issue 11): the compact tree and the reliability block diagram.
 * The two-region example's editor (tree + diagram, every form closed) stays under 1,200 px on a
 * desktop; the diagram draws the failover with its standby and switch; the tree works with the
 * keyboard; zero axe violations. Screenshots of every example's diagram, English and Spanish, at
 * 1280 and 375 px, go to test-results/diagrams/ to be looked at.
 */
import { test, expect, axeViolations, expectNoJunk } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** The examples that have an availability architecture (the dev environment has none). */
const EXAMPLES = ['sales-dashboard', 'team-ci', 'three-tier-3az', 'two-region-failover'] as const;

async function loadExample(page: Page, id: string, lang: 'en' | 'es'): Promise<void> {
  await page.goto('/');
  if (lang === 'es') await page.getByLabel('Language').selectOption('es');
  await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption(id);
  await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
}

test('two regions: the editor is under 1,200 px with every form closed, and the diagram shows the failover', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadExample(page, 'two-region-failover', 'en');
  // 1 root + Route 53 + failover + 2 regions x (1 series + 3 components) = 11 rows.
  await expect(page.getByRole('treeitem')).toHaveCount(11);
  const editor = await page.getByTestId('architecture-editor').boundingBox();
  expect(editor?.height).toBeLessThan(1200);
  const diagram = page.getByRole('img', { name: /Reliability block diagram of/ });
  await expect(diagram).toBeVisible();
  await expect(diagram.getByText('failover: switch in 150 s')).toBeVisible();
  await expect(diagram.getByText('standby: Standby region (us-west-2)')).toBeVisible();
  // Each region's EC2 pair (replicas 2) is drawn as a redundant stack.
  await expect(diagram.getByText('2 replicas: any 1')).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
});

test('the tree with the keyboard: arrows move, Enter opens the form, Escape closes it, a block click selects its row', async ({ page }) => {
  await loadExample(page, 'three-tier-3az', 'en');
  const rows = page.getByRole('treeitem');
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Name (Elastic Load Balancing (multi-AZ))' });
  await expect(name).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(rows.nth(1)).toBeFocused();
  // Clicking the RDS block selects the RDS row.
  await page.getByRole('img', { name: /Reliability block diagram/ }).locator('text').filter({ hasText: 'RDS Multi-AZ' }).click();
  await expect(page.getByRole('treeitem', { name: /RDS Multi-AZ/ })).toBeFocused();
  await expect(page.getByRole('treeitem', { name: /RDS Multi-AZ/ })).toContainText('weakest link');
});

for (const lang of ['en', 'es'] as const) {
  test(`screenshots of every example's diagram (${lang}, 1280 and 375 px)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    if (lang === 'es') await page.getByLabel('Language').selectOption('es');
    for (const id of EXAMPLES) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption(id);
        await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
        const figure = page.locator('figure.rbd');
        await expect(figure.locator('rect.box').first()).toBeVisible();
        await figure.screenshot({ path: `test-results/diagrams/${id}-${lang}-${width}.png` });
        if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      }
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the compare view shows each architecture side by side: its tree and its diagram', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadExample(page, 'three-tier-3az', 'en');
  await page.getByLabel('Example scenario').selectOption('two-region-failover');
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.getByRole('treeitem')).toHaveCount(11);
  await page.getByRole('button', { name: 'Compare' }).click();
  const archs = page.getByTestId('compare-architectures');
  await expect(archs.getByRole('tree')).toHaveCount(2);
  await expect(archs.getByRole('img', { name: /Reliability block diagram of/ })).toHaveCount(2);
  // Three tiers: 5 rows; two regions: 11 rows. Read-only: Enter opens no form.
  await expect(archs.getByRole('tree').nth(0).getByRole('treeitem')).toHaveCount(5);
  await expect(archs.getByRole('tree').nth(1).getByRole('treeitem')).toHaveCount(11);
  await archs.getByRole('tree').nth(0).getByRole('treeitem').first().focus();
  await page.keyboard.press('Enter');
  await expect(archs.getByRole('textbox')).toHaveCount(0);
  await archs.screenshot({ path: 'test-results/diagrams/compare-en-1280.png' });
  expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
});
