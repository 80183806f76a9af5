/**
 * Each example scenario from the course text, loaded from an empty page in both languages: the
 * totals on screen (worked out by hand below), charts that painted, and zero axe violations.
 * (The two availability examples are covered in availability.spec.ts.)
 */
import { test, expect, axeViolations, expectNoJunk } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function loadExample(page: Page, id: string, lang: 'en' | 'es'): Promise<void> {
  await page.goto('/');
  if (lang === 'es') await page.getByLabel('Language').selectOption('es');
  await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption(id);
  await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
}

const cases = [
  {
    id: 'sales-dashboard',
    // authors 3 x $18 = $54; reps 150 x (8 x ceil(20/30) + 4 reports = 12 sessions x $0.30 = $3.60) = $540;
    // managers 50 x (22 x ceil(45/30) = 44 sessions, capped) $5.00 = $250; SPICE (40 - 30) GB x $0.38 = $3.80
    monthly: { en: '$847.80', es: /847,80\s?US\$/ },
    annual: { en: '$10,173.60', es: /10\.173,60\s?US\$/ },
  },
  {
    id: 'team-ci',
    // PR: 40/day x 730/24 = 1,216.67 builds x ceil(220 s / 60) = 4 min x $0.005 = $24.33;
    // nightly: 730/24 = 30.42 builds x ceil(1,520 s / 60) = 26 min x $0.01 = $7.91; free tier -100 min x $0.005
    // release flow: CodeCommit (8 devs + 2 roles - 5 free) x $1 = $5.00; 120 builds x 4 min x $0.005 = $2.40;
    // CodePipeline V2 120 x (1 + 5 + 2) = 960 min - 100 free = 860 x $0.002 = $1.72 -> $9.12; 31.7417 + 9.12 = $40.86
    monthly: { en: '$40.86', es: /40,86\s?US\$/ },
    annual: { en: '$490.34', es: /490,34\s?US\$/ },
  },
  {
    id: 'dev-office-hours',
    // 2 x t3.medium: 40 h/week x 730/168 x $0.0416 x 2 = $14.46; public IPv4 while running 173.81 h x $0.005 x 2 = $1.74;
    // EBS 2 x 30 GB x $0.08 = $4.80
    monthly: { en: '$21.00', es: /21,00\s?US\$/ },
    annual: { en: '$251.99', es: /251,99\s?US\$/ },
  },
] as const;

for (const c of cases) {
  for (const lang of ['en', 'es'] as const) {
    test(`example ${c.id} (${lang})`, async ({ page }) => {
      await loadExample(page, c.id, lang);
      await expect(page.getByTestId('total-monthly')).toHaveText(c.monthly[lang]);
      await expect(page.getByTestId('total-annual')).toHaveText(c.annual[lang]);
      const canvases = page.locator('figure canvas');
      await expect(canvases.first()).toHaveAttribute('data-painted', 'true');
      expect(await axeViolations(page)).toEqual([]);
      await expectNoJunk(page);
    });
  }
}
