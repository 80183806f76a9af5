/**
 * The page downloads the messages of its language only: a Spanish student's phone never fetches
 * the English texts (and the other way round) until the language is switched.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';

function messageChunks(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const m = /\/assets\/((?:shell|workbench)-(?:en|es))-[\w-]+\.js$/.exec(new URL(req.url()).pathname);
    if (m?.[1]) seen.push(m[1]);
  });
  return seen;
}

for (const [locale, lang, other, heading] of [
  ['es-ES', 'es', 'en', 'Escenario de ejemplo'],
  ['en-US', 'en', 'es', 'Example scenario'],
] as const) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });

    test(`downloads the ${lang} messages only, and the ${other} ones when switched`, async ({ page }) => {
      const chunks = messageChunks(page);
      await page.goto('/');
      await expect(page.getByLabel(heading)).toBeVisible();
      // The workbench (calculators) has rendered in the page language too.
      await expect(page.locator('#results')).toBeVisible();
      await expect.poll(() => chunks.includes(`workbench-${lang}`)).toBe(true);
      expect(chunks.filter((c) => c.endsWith(`-${other}`))).toEqual([]);

      await page.getByLabel(lang === 'es' ? 'Idioma' : 'Language').selectOption(other);
      await expect(page.getByLabel(other === 'es' ? 'Escenario de ejemplo' : 'Example scenario')).toBeVisible();
      expect(chunks).toEqual(expect.arrayContaining([`shell-${other}`, `workbench-${other}`]));
    });
  });
}
