// Keystroke-to-updated-totals latency in real Chromium (issue 3 budget: p95 under 16 ms for an
// example scenario, under 50 ms for a 200-component scenario). Prints figures; never fails on
// time. Needs a production build: `npm run build && node test/bench/latency.mjs`.
import lz from 'lz-string';
import { bigScenario, measure, stats, openPreview } from './scenarios.mjs';

const PORT = Number(process.env.NUBECALC_BENCH_PORT ?? 4398);
const { base, browser, close } = await openPreview(PORT);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

  // 1. An example scenario: "Sales dashboard for 200 readers".
  let page = await context.newPage();
  await page.goto(base);
  await page.getByLabel('Example scenario').selectOption('sales-dashboard');
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByTestId('total-monthly').waitFor();
  await page.waitForTimeout(500);
  console.log(`latency: example "sales dashboard", keystroke to updated totals and charts: ${stats(await measure(page, 'Readers'))}`);
  await page.close();

  // 2. A 200-component scenario opened from a share link.
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const bundle = { format: 'nubecalc-scenarios', version: 1, scenarios: [bigScenario()] };
  await page.goto(`${base}/#share=${lz.compressToEncodedURIComponent(JSON.stringify(bundle))}`);
  const add = page.getByRole('button', { name: 'Add the scenario' });
  await add.waitFor();
  await page.waitForTimeout(500);
  await add.click();
  await add.waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByTestId('total-monthly').waitFor();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Expand' }).first().click(); // large scenarios start with cards collapsed
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
  console.log(`latency: 200-component scenario, keystroke to updated totals and charts: ${stats(await measure(page, 'Readers'))}`);
  // A leaf of the 200-leaf architecture: its replicas, to the composite's nines (the whole tree is
  // evaluated again; 1 and 2-6 copies in turn, so the nines change every time).
  await page.getByRole('treeitem', { name: /Part 3,/ }).click();
  const reps = ['1', '2', '1', '3', '1', '4', '1', '5', '1', '6'];
  console.log(`latency: 200-component scenario, keystroke in a leaf's replicas to the updated nines: ${stats(await measure(page, 'Replicas across AZs (Part 3)', 50, { watch: 'availability-nines', values: reps }))}`);
} finally {
  await close();
}
