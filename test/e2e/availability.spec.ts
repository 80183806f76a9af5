/**
 * The two availability examples from the course text, loaded through the example picker in both
 * languages: composite availability, nines and downtime on screen (worked out by hand below),
 * charts that painted, keyboard editing of the tree, and zero axe violations at 1280 and 375 px.
 *
 * Three tiers: ELB 99.99% x (2 of 3 EC2 at 99.5%: 3 x 0.995^2 x 0.005 + 0.995^3 = 0.99992525)
 *   x RDS 99.95% = 0.9993253448462625 -> 99.93253448%; U = 0.0006746551537375 -> 3.17 nines;
 *   year U x 31,536,000 s = 21,275.92 s = 5h 54m 35.92s; 730-hour month x 2,628,000 s = 1,772.99 s = 29m 32.99s.
 * Two regions: each region 0.9999 x (1 - 0.005^2) x 0.9995 = 0.99937506499875 (U_r = 0.00062493500125);
 *   failover U = U_r^2 + 4 failures x 150 s / 31,536,000 s = 3.9054e-7 + 1.902588e-5 = 1.941642e-5;
 *   Route 53 100% in series changes nothing -> 99.998058358%, 4.71 nines;
 *   year 600 s + 12.32 s = 10m 12.32s; month 50 s + 1.03 s = 51.03s.
 */
import { test, expect, axeViolations, canvasPainted, expectNoJunk } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function loadExample(page: Page, id: string, lang: 'en' | 'es'): Promise<void> {
  await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption(id);
  await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
}

async function expectPainted(page: Page): Promise<void> {
  const canvases = page.getByRole('region', { name: /^(Availability|Disponibilidad)$/ }).locator('figure canvas');
  // Downtime shares, replicas, and the cost per nine curve.
  await expect(canvases).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(canvases.nth(i)).toHaveAttribute('data-painted', 'true');
  expect(await canvasPainted(page, 'section figure canvas >> nth=-1')).toBe(true);
}

const cases = {
  en: {
    threeTier: { percent: '99.93253448%', nines: '3.17 nines', year: '5h 54m 35.92s', month: '29m 32.99s' },
    twoRegions: { percent: '99.998058358%', nines: '4.71 nines', year: '10m 12.32s', month: '51.03s' },
    floor: 'An SLA is a contract floor, not a measured availability.',
    route53: 'no downtime',
  },
  es: {
    threeTier: { percent: /^99,93253448\s%$/, nines: '3,17 nueves', year: /^5\sh 54\smin 35,92\ss$/, month: /^29\smin 32,99\ss$/ },
    twoRegions: { percent: /^99,998058358\s%$/, nines: '4,71 nueves', year: /^10\smin 12,32\ss$/, month: /^51,03\ss$/ },
    floor: 'Un SLA es un mínimo contractual, no una disponibilidad medida.',
    route53: 'sin tiempo de inactividad',
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  test(`the three-tier example (${lang})`, async ({ page }) => {
    const c = cases[lang];
    await page.goto('/');
    if (lang === 'es') await page.getByLabel('Language').selectOption('es');

    await loadExample(page, 'three-tier-3az', lang);
    await expect(page.getByTestId('availability-percent')).toHaveText(c.threeTier.percent);
    await expect(page.getByTestId('availability-nines')).toHaveText(c.threeTier.nines);
    await expect(page.getByTestId('downtime-year')).toHaveText(c.threeTier.year);
    await expect(page.getByTestId('downtime-month')).toHaveText(c.threeTier.month);
    await expect(page.getByTestId('sla-floor-note')).toContainText(c.floor);
    await expectPainted(page);
    expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
  });

  test(`the two-region example (${lang})`, async ({ page }) => {
    const c = cases[lang];
    await page.goto('/');
    if (lang === 'es') await page.getByLabel('Language').selectOption('es');

    await loadExample(page, 'two-region-failover', lang);
    await expect(page.getByTestId('availability-percent')).toHaveText(c.twoRegions.percent);
    await expect(page.getByTestId('availability-nines')).toHaveText(c.twoRegions.nines);
    await expect(page.getByTestId('downtime-year')).toHaveText(c.twoRegions.year);
    await expect(page.getByTestId('downtime-month')).toHaveText(c.twoRegions.month);
    // Route 53's 100% SLA reads "no downtime" on its node, never Infinity.
    const r53 = page.getByRole('treeitem', { name: /Route 53 \(DNS\)/ });
    await expect(r53).toContainText(c.route53);
    await expect(page.locator('body')).not.toContainText(/Infinity|NaN|undefined/);
    await expectPainted(page);
    expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
  });
}

test('the tree is operable with the keyboard, and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await loadExample(page, 'three-tier-3az', 'en');
  await expect(page.getByTestId('availability-nines')).toHaveText('3.17 nines');
  await page.getByRole('treeitem', { name: /^series: Web application/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add component to Web application' }).focus();
  await page.keyboard.press('Enter');
  const added = page.getByRole('textbox', { name: 'Name (EC2 single instance)' });
  await expect(added).toBeFocused();
  // A fourth member in series at 99.5%: 0.9993253448462625 x 0.995 = 0.9943287181220312 -> 2.25 nines.
  await expect(page.getByTestId('availability-nines')).toHaveText('2.25 nines');
  await page.keyboard.type(' (extra)');
  await page.keyboard.press('Escape');
  const row = page.getByRole('treeitem', { name: /EC2 single instance \(extra\)/ });
  await expect(row).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('treeitem', { name: /RDS Multi-AZ/ })).toBeFocused();
  await expect(page.getByTestId('availability-nines')).toHaveText('3.17 nines');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
});

test('the SLA picker: a searchable combobox, keyboard only, zero axe violations while open', async ({ page }) => {
  await page.goto('/');
  await loadExample(page, 'three-tier-3az', 'en');
  await expect(page.getByTestId('availability-nines')).toHaveText('3.17 nines');
  const rds = page.getByRole('treeitem', { name: /RDS Multi-AZ/ });
  await rds.focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('combobox', { name: 'Service SLA (RDS Multi-AZ)' });
  await expect(box).toHaveValue('RDS Multi-AZ instance or cluster');
  // One combobox per open form, and no option of it in the page while it is closed.
  await expect(page.locator('[role="option"]')).toHaveCount(0);
  await box.focus();
  await page.keyboard.type('aurora');
  const list = page.getByRole('listbox', { name: 'Service SLA' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').first()).toContainText('Aurora multi-AZ 99.99% source: aws.amazon.com/rds/aurora/sla/');
  // The active option is marked for sight too: an outline, not only a colour.
  const outline = await list.getByRole('option').first().evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('Aurora multi-AZ');
  await expect(box).toBeFocused();
  // Aurora multi-AZ 99.99%: 0.9999 x 0.99992525 x 0.9999 -> U = 0.000274 -> 3.56 nines.
  await expect(page.getByTestId('availability-nines')).toHaveText('3.56 nines');
  // Escape closes the list first, then the form.
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toBeVisible();
});
