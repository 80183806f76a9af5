/**
 * Shared browser-test fixture: every test's page records requests that leave the page's origin
 * and console errors, and the fixture fails the test if any occurred.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
  foreignRequests: string[];
  consoleErrors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const watch: Watch = { foreignRequests: [], consoleErrors: [] };
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
      await use(watch);
      expect(watch.foreignRequests, 'requests beyond the page origin').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Run axe-core on the page and return the violations (expect it to equal []). Every rule runs; two
 * settings make it several times faster (3.5 s -> 0.8 s on the three-tier example, the cause of
 * the slowest browser tests under load): axe.run in the page itself (legacy mode: the default
 * runs each frame partially and finishes in a new blank page; the app has no frames), and only
 * the violations are returned (not every passing node's HTML).
 */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** True when a canvas has at least one non-transparent pixel (the chart really painted). */
export async function canvasPainted(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return false;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  });
}

/** The visible text of the page never shows NaN, Infinity, undefined or null values. */
export async function expectNoJunk(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bNaN\b|Infinity|\bundefined\b|\[object Object\]/);
}
