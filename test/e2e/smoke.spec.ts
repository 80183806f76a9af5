import { test, expect, axeViolations } from './fixtures.ts';

test('the page loads offline with a heading and no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('nubecalc');
  expect(await axeViolations(page)).toEqual([]);
});
