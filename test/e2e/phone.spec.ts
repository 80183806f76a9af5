/**
 * Each example of the course at 375 px, in Spanish and English: the page never scrolls sideways,
 * every pointer target is at least 24 x 24 px (WCAG 2.5.8), and the total stays in view at the
 * bottom of the screen while the editor is scrolled.
 */
import { test, expect, axeViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';

const EXAMPLES = ['sales-dashboard', 'team-ci', 'dev-office-hours', 'three-tier-3az', 'two-region-failover'] as const;

async function loadExample(page: Page, id: string, lang: 'en' | 'es'): Promise<void> {
  await page.goto('/');
  if (lang === 'es') await page.getByLabel('Language').selectOption('es');
  await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption(id);
  await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
  await expect(page.getByTestId('total-monthly')).toBeVisible();
}

/** Interactive elements (grid cells included) narrower or shorter than 24 px, described for the failure message. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'button, input, select, textarea, summary, a[href], [role="gridcell"], [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.closest('.sr-only') || el.classList.contains('sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (closed details, hidden)
      if (r.width < 23.5 || r.height < 23.5) out.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
}

for (const lang of ['es', 'en'] as const) {
  for (const id of EXAMPLES) {
    test(`phone 375 px: ${id} (${lang}) fits the screen, with thumb-sized targets and the total in view`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await loadExample(page, id, lang);
      // open every collapsed section so their controls are measured too
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways scrolling').toBe(0);
      expect(await smallTargets(page)).toEqual([]);
      // scrolled into the editor, the sticky bar shows the same monthly total as the results
      await page.evaluate(() => window.scrollTo(0, 1500));
      const sticky = page.getByTestId('sticky-total');
      await expect(sticky).toBeInViewport();
      const monthly = (await page.getByTestId('total-monthly').textContent()) ?? '';
      await expect(sticky).toContainText(monthly.trim());
      // the turned schedule grid (a column per day) and the cards pass axe too
      if (id === 'dev-office-hours') expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('phone 375 px: comparing two examples shows both scenarios as cards, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await loadExample(page, 'three-tier-3az', 'es');
  await page.getByLabel('Escenario de ejemplo').selectOption('two-region-failover');
  await page.getByRole('button', { name: 'Cargar ejemplo' }).click();
  await page.getByRole('button', { name: 'Comparar' }).click();
  const monthlyRow = page.locator('tr[data-row="monthly"]');
  await expect(monthlyRow).toBeVisible();
  // each scenario's figure is labelled with its name inside the card, and both cards fit the screen
  await expect(monthlyRow.locator('td')).toHaveCount(2);
  await monthlyRow.scrollIntoViewIfNeeded();
  for (const cell of await monthlyRow.locator('td').all()) {
    const box = await cell.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375, 'cell within the screen width').toBe(true);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  expect(await smallTargets(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
