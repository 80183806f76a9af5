/**
 * Scenarios kept, shared, exported and imported, in real Chromium:
 * - a reload keeps every scenario, the current one, the language and the numbers;
 * - a share link opened in a fresh browser (new context, empty storage) reproduces the numbers;
 * - the CSV download holds the line items in the page language's spreadsheet format;
 * - a corrupted storage entry is kept aside with a banner and the page starts clean;
 * - two tabs do not overwrite each other silently; undo/redo from the keyboard; print opens the working.
 * Totals by hand (see presets.spec.ts): "Team CI pipeline" $40.86 a month, "Dev environment only
 * in office hours" $21.00 a month.
 */
import { readFileSync } from 'node:fs';
import { test, expect, axeViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';

const TEAM_CI = 'Team CI pipeline';
const DEV = 'Dev environment only in office hours';
/** Names the app gave follow the page language (a name typed by the person stays as it is). */
const TEAM_CI_ES = 'Pipeline de CI del equipo';

async function loadExample(page: Page, id: string): Promise<void> {
  await page.getByLabel('Example scenario').selectOption(id);
  await page.getByRole('button', { name: 'Load example' }).click();
}

const scenarioTabs = (page: Page) => page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button');
const currentTab = (page: Page) => page.getByRole('navigation', { name: /Scenarios|Escenarios/ }).locator('button[aria-current="true"]');
const monthly = (page: Page) => page.getByTestId('total-monthly');
/** The bar's actions on the current scenario (the component cards have their own Duplicate buttons). */
const actions = (page: Page) => page.getByRole('group', { name: /^(Current scenario|Escenario actual):/ });

/** Two scenarios: Team CI (loaded into the first, empty one) and the dev environment (added as a second). */
async function twoScenarios(page: Page): Promise<void> {
  await page.goto('/');
  await loadExample(page, 'team-ci');
  await expect(monthly(page)).toHaveText('$40.86');
  await loadExample(page, 'dev-office-hours');
  await expect(monthly(page)).toHaveText('$21.00');
  await expect(scenarioTabs(page)).toHaveText([TEAM_CI, DEV, '+ New scenario']);
}

async function openTools(page: Page): Promise<void> {
  await page.getByText('Share, export, import').click();
  await expect(page.getByRole('group', { name: 'Scenarios to include' })).toBeVisible();
}

test('a reload keeps every scenario, the current one, the language and the numbers', async ({ page }) => {
  await twoScenarios(page);
  await actions(page).getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Dev box, office hours');
  await page.getByRole('textbox', { name: 'Scenario name' }).press('Enter');
  await actions(page).getByRole('button', { name: 'Duplicate' }).click();
  await expect(currentTab(page)).toHaveText('Dev box, office hours (what if…)');
  await page.getByRole('button', { name: TEAM_CI }).click();
  await page.getByLabel('Language').selectOption('es');
  await expect(monthly(page)).toHaveText(/40,86\s?US\$/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('navigation', { name: 'Escenarios' }).getByRole('button')).toHaveText([TEAM_CI_ES, 'Dev box, office hours', 'Dev box, office hours (what if…)', '+ Nuevo escenario']);
  await expect(currentTab(page)).toHaveText(TEAM_CI_ES);
  await expect(monthly(page)).toHaveText(/40,86\s?US\$/);
  await page.getByRole('button', { name: 'Dev box, office hours (what if…)' }).click();
  await expect(monthly(page)).toHaveText(/21,00\s?US\$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a share link opened in a fresh browser shows what it holds and reproduces the numbers', async ({ page, browser }) => {
  await twoScenarios(page);
  await openTools(page);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9+$-]+$/);
  expect(link.length).toBeLessThan(8000);
  await expect(page.getByText(/Links longer than about/)).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto(link);
  const dialog = other.getByRole('dialog', { name: 'This link holds 2 scenarios' });
  await expect(dialog).toBeVisible();
  // Previewed from names and counts only (nothing untrusted is evaluated before "Add").
  await expect(dialog.getByRole('rowheader')).toHaveText([TEAM_CI, DEV]);
  expect(await axeViolations(other)).toEqual([]);
  expect(new URL(other.url()).hash).toBe('');
  await dialog.getByRole('button', { name: 'Add 2 scenarios' }).click();
  await expect(other.getByRole('navigation', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Scenario 1', TEAM_CI, DEV, '+ New scenario']);
  await expect(currentTab(other)).toHaveText(TEAM_CI);
  await expect(monthly(other)).toHaveText('$40.86');
  await other.getByRole('button', { name: DEV }).click();
  await expect(monthly(other)).toHaveText('$21.00');
  // The link is not offered again after a reload (the fragment was cleared), and the work stays.
  await other.reload();
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await expect(currentTab(other)).toHaveText(DEV);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a hostile link shows a clear message and changes nothing', async ({ page }) => {
  await twoScenarios(page);
  await page.goto('/#share=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  const dialog = page.getByRole('dialog', { name: 'This link cannot be opened' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nothing was added or changed.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(scenarioTabs(page)).toHaveText([TEAM_CI, DEV, '+ New scenario']);
});

test('the CSV of line items: comma-separated with point decimals in English, semicolons and commas in Spanish', async ({ page }) => {
  await twoScenarios(page);
  await openTools(page);
  await expect(page.getByText('Comma-separated, decimal point (1234.56), UTF-8')).toBeVisible();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Line items (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^nubecalc-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').slice(1).split('\r\n');
  expect(rows[0]).toBe('Scenario,Component,Formula,Amount,Unit,Kind');
  expect(rows.filter((r) => r.startsWith(`${TEAM_CI},`)).length).toBeGreaterThan(2);
  expect(rows.filter((r) => r.startsWith(`${DEV},`)).length).toBeGreaterThan(2);
  expect(rows.find((r) => r.startsWith(`${TEAM_CI},Scenario totals,Monthly total`))).toMatch(/,40\.86\d*,USD,info$/);

  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByText('Separado por punto y coma, coma decimal (1234,56), UTF-8')).toBeVisible();
  const [es] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Partidas (CSV)' }).click()]);
  const esRows = readFileSync(await es.path()).toString('utf8').slice(1).split('\r\n');
  expect(esRows[0]).toBe('Escenario;Componente;Fórmula;Importe;Unidad;Tipo');
  expect(esRows.find((r) => r.startsWith(`${TEAM_CI_ES};Totales del escenario;`) && r.includes('mensual'))).toMatch(/;40,86\d*;USD;información$/);
});

test('a JSON export imports elsewhere as new scenarios with the same numbers', async ({ page, browser }) => {
  await twoScenarios(page);
  await openTools(page);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export 2 scenarios (JSON)' }).click()]);
  const path = await download.path();
  const json = JSON.parse(readFileSync(path, 'utf8'));
  expect(json).toMatchObject({ format: 'nubecalc-scenarios', version: 1, scenarios: [{ format: 'nubecalc-scenario', version: 2, name: TEAM_CI }, { name: DEV }] });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await openTools(other);
  await other.getByLabel('Import scenarios (JSON file)').setInputFiles(path);
  const dialog = other.getByRole('dialog', { name: /holds 2 scenarios/ });
  await expect(dialog.getByRole('rowheader')).toHaveText([TEAM_CI, DEV]);
  await dialog.getByRole('button', { name: 'Add 2 scenarios' }).click();
  await expect(other.getByText('2 scenarios added.')).toBeVisible();
  await expect(monthly(other)).toHaveText('$40.86');
  await fresh.close();
});

test('a corrupted storage entry is kept aside with a banner, and the page starts clean', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('nubecalc.workspace', '{"format":"nubecalc-workspace","version":2,"rev":7,"tab":"x","data":{"activeId":"a","compareIds":[],"scenarios":[{"format":"nubecalc-scenario"'));
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'Your saved scenarios could not be read' });
  await expect(banner).toContainText('It is not valid JSON.');
  await expect(scenarioTabs(page)).toHaveText(['Scenario 1', '+ New scenario']);
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the saved data' }).click()]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('"rev":7');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nubecalc.unreadable.')).map((k) => localStorage.getItem(k)));
  expect(kept).toHaveLength(1);
  expect(kept[0]).toContain('"rev":7');
  expect(await axeViolations(page)).toEqual([]);
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await loadExample(page, 'team-ci');
  await page.reload();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(monthly(page)).toHaveText('$40.86');
});

test('the first builds\' saved language is migrated', async ({ page }) => {
  await page.goto('/');
  // Let the fresh page's own first save happen, so none is pending when the storage is replaced.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('nubecalc.workspace'))).not.toBeNull();
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('nubecalc.lang', 'es');
  });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('navigation', { name: 'Escenarios' }).getByRole('button')).toHaveText(['Escenario 1', '+ Nuevo escenario']);
  // Saving waits for a pause in typing (250 ms), then the old key is gone.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('nubecalc.lang'))).toBeNull();
});

test('undo and redo from the keyboard, including a rename and a delete undone from the toast', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '+ Add CodeBuild' }).click();
  await expect(page.getByRole('textbox', { name: /Name of this CodeBuild component/ })).toHaveCount(1);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: /Name of this CodeBuild component/ })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByRole('textbox', { name: /Name of this CodeBuild component/ })).toHaveCount(1);

  await actions(page).getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Renamed');
  await page.getByRole('textbox', { name: 'Scenario name' }).press('Enter');
  await expect(currentTab(page)).toHaveText('Renamed');
  await page.keyboard.press('Control+z');
  await expect(currentTab(page)).toHaveText('Scenario 1');

  await actions(page).getByRole('button', { name: 'Delete' }).click();
  await expect(currentTab(page)).toHaveText('Scenario 1');
  await expect(page.getByRole('textbox', { name: /Name of this CodeBuild component/ })).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Deleted “Scenario 1”.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: /Name of this CodeBuild component/ })).toHaveCount(1);
});

test('two open tabs do not overwrite each other silently', async ({ page, context }) => {
  await page.goto('/');
  await loadExample(page, 'team-ci');
  // Saving waits for a pause (250 ms): open the second tab once the example is stored.
  await expect.poll(() => page.evaluate((name) => (localStorage.getItem('nubecalc.workspace') ?? '').includes(name), TEAM_CI)).toBe(true);
  const other = await context.newPage();
  await other.goto('/');
  await expect(currentTab(other)).toHaveText(TEAM_CI);

  await actions(page).getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Renamed in tab 1');
  await page.getByRole('textbox', { name: 'Scenario name' }).press('Enter');

  const alert = other.getByRole('alert').filter({ hasText: 'Another tab saved changes to your scenarios.' });
  await expect(alert).toContainText('Renamed in tab 1');
  await expect(alert).toContainText('Changes in this tab are not saved until you choose.');
  // Tab 2's own change is not written over tab 1's while the question is open.
  await other.getByRole('button', { name: '+ New scenario' }).click();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('nubecalc.workspace')!).data.scenarios.length)).toBe(1);
  await alert.getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(other.getByRole('navigation', { name: 'Scenarios' }).getByRole('button')).toHaveText(['Renamed in tab 1', '+ New scenario']);
  await expect(monthly(other)).toHaveText('$40.86');
  await other.close();
});

test('printing opens the working and hides the controls', async ({ page }) => {
  await page.goto('/');
  await loadExample(page, 'team-ci');
  const closed = page.locator('details:not([open])');
  expect(await closed.count()).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('section.work details:not([open])')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(actions(page).getByRole('button', { name: 'Rename' })).toBeHidden();
  await expect(page.getByRole('button', { name: '+ Add CodeBuild' })).toBeHidden();
  await expect(page.getByText(`nubecalc report — ${TEAM_CI}`)).toBeVisible();
  await expect(monthly(page)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await closed.count()).toBeGreaterThan(0);
});
