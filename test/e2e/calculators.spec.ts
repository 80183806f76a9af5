/**
 * The main flow of each calculator in a real browser, in both languages: the numbers on screen
 * (worked out by hand), charts that painted, no request beyond the page's origin, no console
 * errors (both checked by the fixture), and zero axe violations.
 */
import { test, expect, axeViolations, canvasPainted } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function setField(page: Page, label: string | RegExp, value: string, nth = 0): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === 'string' }).nth(nth);
  await field.fill(value);
}

async function expectPaintedCharts(page: Page): Promise<void> {
  const canvases = page.locator('figure canvas');
  await expect(canvases.first()).toHaveAttribute('data-painted', 'true');
  const n = await canvases.count();
  for (let i = 0; i < n; i++) {
    await expect(canvases.nth(i)).toHaveAttribute('data-painted', 'true');
    expect(await canvasPainted(page, `figure canvas >> nth=${i}`)).toBe(true);
  }
}

test.describe('QuickSight', () => {
  test('200 readers at 17 sessions a month are capped at $5.00 each (English)', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Add QuickSight' }).click();
    await setField(page, 'Readers', '200');
    await page.getByRole('radio', { name: 'Sessions per reader' }).check();
    await setField(page, 'Sessions per reader per month', '17');
    // 2 authors x $18 + 200 x min(17 x $0.30, $5.00) = $36 + $1,000
    await expect(page.getByTestId('total-monthly')).toHaveText('$1,036.00');
    await expect(page.getByTestId('total-annual')).toHaveText('$12,432.00');
    await expectPaintedCharts(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the same flow in Spanish accepts a decimal comma in a price override', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Agregar QuickSight' }).click();
    await setField(page, 'Lectores', '200');
    await page.getByRole('radio', { name: 'Sesiones por lector' }).check();
    await setField(page, 'Sesiones por lector al mes', '17');
    await expect(page.getByTestId('total-monthly')).toHaveText(/1\.036,00\s?US\$/);
    await setField(page, 'Sesiones por lector al mes', '10');
    await page.getByText('Precios', { exact: true }).click();
    await setField(page, 'Sesión de lector (legacy)', '0,35');
    // 2 x 18 + 200 x 10 x 0,35 = 36 + 700
    await expect(page.getByTestId('total-monthly')).toHaveText(/736,00\s?US\$/);
    await expect(page.getByText('tu valor').first()).toBeVisible();
    await expectPaintedCharts(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a decimal comma in English gets a specific message and keeps the last results, marked stale', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Add QuickSight' }).click();
    await page.getByRole('radio', { name: 'Sessions per reader' }).check();
    await setField(page, 'Sessions per reader per month', '10');
    const before = await page.getByTestId('total-monthly').textContent();
    await setField(page, 'Readers', '0,5');
    await expect(page.getByText(/uses a decimal comma/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Results', exact: true }).getByText('stale', { exact: true })).toBeVisible();
    await expect(page.getByTestId('total-monthly')).toHaveText(before ?? '');
  });
});

test.describe('CodeBuild', () => {
  test('300 builds of 121 s bill 900 minutes: $4.50, or $4.00 with the free tier', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Add CodeBuild' }).click();
    await setField(page, 'Builds', '300');
    await page.getByLabel('Counted').selectOption('month');
    await setField(page, 'Duration in seconds', '121');
    // 300 x ceil(121 / 60) = 900 min x $0.005
    await expect(page.getByTestId('total-monthly')).toHaveText('$4.50');
    await page.getByRole('checkbox', { name: 'Apply the always-free tier' }).check();
    // (900 - 100) x $0.005
    await expect(page.getByTestId('total-monthly')).toHaveText('$4.00');
    await expectPaintedCharts(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('CodeBuild in Spanish', () => {
  test('300 compilaciones de 121 s: 4,50 US$, o 4,00 US$ con la capa gratuita; una coma decimal se rechaza en segundos enteros', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Agregar CodeBuild' }).click();
    await setField(page, 'Compilaciones', '300');
    await page.getByLabel('Contadas').selectOption('month');
    await setField(page, 'Duración en segundos', '121');
    await expect(page.getByTestId('total-monthly')).toHaveText(/4,50\s?US\$/);
    await page.getByRole('checkbox', { name: 'Aplicar la capa gratuita permanente' }).check();
    await expect(page.getByTestId('total-monthly')).toHaveText(/4,00\s?US\$/);
    // Durations are whole seconds: "121,5" is read as 121.5 and gets a specific message; the total stays.
    await setField(page, 'Duración en segundos', '121,5');
    await expect(page.getByText('121,5 debe ser un número entero.')).toBeVisible();
    await expect(page.getByTestId('total-monthly')).toHaveText(/4,00\s?US\$/);
    await expectPaintedCharts(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('EC2 off-hours', () => {
  test('office hours for two t3.medium save $46.28 a month; the grid works with the keyboard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Add EC2 schedule' }).click();
    await setField(page, 'Number of instances', '2');
    await page.getByRole('checkbox', { name: /public IPv4/i }).uncheck();
    await page.getByRole('button', { name: 'Office hours (Mon–Fri 09–17)' }).click();
    await expect(page.getByText('Running 40 h per week in 5 runs (starts) per week.')).toBeVisible();
    // scheduled: 40 x 730/168 h x $0.0416 x 2 + EBS 30 GB x $0.08 x 2 = $14.46 + $4.80
    await expect(page.getByTestId('total-monthly')).toHaveText('$19.26');
    // always on $65.54 - scheduled $19.26
    await expect(page.getByTestId('total-savings')).toHaveText(/\$46\.28/);

    // Keyboard: focus the grid, go to Saturday 10:00 and switch that hour on.
    const grid = page.getByRole('grid');
    await grid.getByRole('gridcell').first().focus();
    await page.keyboard.press('ArrowDown'); // Tue
    await page.keyboard.press('ArrowDown'); // Wed
    await page.keyboard.press('ArrowDown'); // Thu
    await page.keyboard.press('ArrowDown'); // Fri
    await page.keyboard.press('ArrowDown'); // Sat
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByText('Running 41 h per week in 6 runs (starts) per week.')).toBeVisible();
    await expectPaintedCharts(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('Spanish: always on in a New York March with a DST change has 743 hours', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Agregar Horario EC2' }).click();
    await page.getByRole('button', { name: 'Siempre encendida' }).click();
    await page.getByLabel('Zona horaria del horario').fill('America/New_York');
    await page.getByLabel('Zona horaria del horario').press('Enter');
    await page.getByRole('radio', { name: /Un mes calendario/ }).check();
    await page.getByRole('textbox', { name: 'Mes', exact: true }).fill('2025-03');
    await expect(page.getByText(/dura 743 h, no 744 h/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
