/**
 * The release flow of the "Team CI" example, edited as a person would, in English and Spanish;
 * and an EC2 component priced from hours per week (0 h: only its EBS volume bills).
 */
import { test, expect, axeViolations, expectNoJunk } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function loadTeamCi(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.goto('/');
  if (lang === 'es') await page.getByLabel('Language').selectOption('es');
  await page.getByLabel(lang === 'es' ? 'Escenario de ejemplo' : 'Example scenario').selectOption('team-ci');
  await page.getByRole('button', { name: lang === 'es' ? 'Cargar ejemplo' : 'Load example' }).click();
}

test('Team CI: the release flow is priced by service and follows its commits (en)', async ({ page }) => {
  await loadTeamCi(page, 'en');
  // CodeCommit $5.00 + CodeBuild $2.40 + CodeDeploy $0 + CodePipeline $1.72 = $9.12
  await expect(page.getByTestId('pl-total')).toHaveText('$9.12');
  await expect(page.getByTestId('pl-codecommit')).toHaveText('$5.00');
  await expect(page.getByTestId('total-monthly')).toHaveText('$40.86');
  // 240 commits: builds 240 x 4 min x $0.005 = $4.80; V2 240 x 8 = 1,920 - 100 = 1,820 min x $0.002 = $3.64;
  // CodeCommit still $5.00 (1,480 Git requests are included): 5 + 4.80 + 3.64 = $13.44; total 31.74 + 13.44 = $45.18
  const commits = page.getByLabel('Commits a month');
  await commits.fill('240');
  await commits.blur();
  await expect(page.getByTestId('pl-total')).toHaveText('$13.44');
  await expect(page.getByTestId('total-monthly')).toHaveText('$45.18');
  expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
});

test('Team CI: the release flow in Spanish, switched to V1', async ({ page }) => {
  await loadTeamCi(page, 'es');
  await expect(page.getByTestId('pl-total')).toHaveText(/9,12\s?US\$/);
  // V1: one active pipeline, free: 5.00 + 2.40 = $7.40
  await page.getByLabel('Tipo de pipeline').selectOption('V1');
  await expect(page.getByTestId('pl-codepipeline')).toHaveText(/0,00\s?US\$/);
  await expect(page.getByTestId('pl-total')).toHaveText(/7,40\s?US\$/);
  await page.getByText('Ver las fórmulas').click();
  await expect(page.getByText('8 personas + 2 roles de servicio (CodeBuild, CodePipeline) = 10 usuarios activos').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoJunk(page);
});

test('EC2 from hours per week: 0 h prices only the EBS volume', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Add EC2 schedule/ }).click();
  await page.getByLabel('Running time from').selectOption('hours');
  const hours = page.getByLabel('Running hours a week');
  await hours.fill('0');
  await hours.blur();
  // 30 GB gp3 x $0.08 = $2.40; the auto-assigned IPv4 is released while stopped
  await expect(page.getByTestId('total-monthly')).toHaveText('$2.40');
  expect(await axeViolations(page)).toEqual([]);
});
