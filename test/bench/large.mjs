// Large-scenario figures in real Chromium (issue 8, item 5): for the 200-component scenario of the
// benchmarks (200 cost components and a 200-leaf architecture), loaded from the browser's storage:
// load to interactive, keystroke p95, JS heap and page elements; and, for an example with charts,
// the time until every chart has painted at 4x CPU throttling. Prints figures; never fails on time.
// Needs a production build: `npm run build && node test/bench/large.mjs` (port: NUBECALC_BENCH_PORT).
import lz from 'lz-string';
import { bigScenario, measure, stats, openPreview } from './scenarios.mjs';

const PORT = Number(process.env.NUBECALC_BENCH_PORT ?? 4399);
const RUNS = Number(process.env.RUNS ?? 3);
/** Long tasks from the first moment of the page (buffered observer installed before any script). */
const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

/** Reload and wait until the totals are on screen and the main thread has been quiet for 500 ms. */
async function loadToInteractive(page) {
  await page.reload();
  await page.getByTestId('total-monthly').filter({ hasNotText: '$0.00' }).waitFor({ timeout: 60_000 });
  await page.getByRole('tree').waitFor({ timeout: 60_000 });
  const shown = await page.evaluate(() => performance.now());
  // Quiet: no long task started in the last 500 ms.
  for (let i = 0; i < 100; i++) {
    const quiet = await page.evaluate(() => {
      const lt = window.__longTasks;
      const last = lt.length ? lt[lt.length - 1][0] + lt[lt.length - 1][1] : 0;
      return performance.now() - last > 500;
    });
    if (quiet) break;
    await page.waitForTimeout(100);
  }
  return page.evaluate((shownAt) => {
    const lt = window.__longTasks;
    const lastEnd = lt.length ? Math.max(...lt.map(([s, d]) => s + d)) : 0;
    const longest = lt.length ? Math.max(...lt.map(([, d]) => d)) : 0;
    return { interactive: Math.max(shownAt, lastEnd), shown: shownAt, longest, longTasks: lt.length };
  }, shown);
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

const { base, browser, close } = await openPreview(PORT);
try {
  // 1. The 200-component scenario, added once from a share link, then loaded from storage.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  const bundle = { format: 'nubecalc-scenarios', version: 1, scenarios: [bigScenario()] };
  await page.goto(`${base}/#share=${lz.compressToEncodedURIComponent(JSON.stringify(bundle))}`);
  const add = page.getByRole('button', { name: 'Add the scenario' });
  await add.click({ timeout: 120_000 });
  await add.waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('total-monthly').waitFor();
  await page.goto(base);
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await loadToInteractive(page));
  const best = loads.reduce((a, b) => (b.interactive < a.interactive ? b : a));
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const heap = await heapMb(page);
  console.log(`large: 200-component scenario from storage, load to interactive: ${loads.map((l) => l.interactive.toFixed(0)).join(', ')} ms (totals shown at ${best.shown.toFixed(0)} ms; longest task ${best.longest.toFixed(0)} ms, ${best.longTasks} long tasks)`);
  console.log(`large: page elements ${elements}, JS heap after GC ${heap.toFixed(1)} MB`);
  await page.getByRole('button', { name: 'Expand' }).first().click(); // large scenarios start with cards collapsed
  console.log(`large: keystroke to updated totals (Readers of the first QuickSight card): ${stats(await measure(page, 'Readers'))}`);
  await context.close();

  // 2. The chart load chain: an example with charts, from storage, at 4x CPU throttling.
  const c2 = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p2 = await c2.newPage();
  await p2.goto(base);
  await p2.getByLabel('Example scenario').selectOption('sales-dashboard');
  await p2.getByRole('button', { name: 'Load example' }).click();
  await p2.locator('canvas[data-painted="true"]').first().waitFor();
  const cdp = await c2.newCDPSession(p2);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const painted = [];
  for (let i = 0; i < RUNS; i++) {
    await p2.reload();
    await p2.waitForFunction(() => {
      const all = [...document.querySelectorAll('figure canvas')];
      return all.length > 0 && all.every((c) => c.dataset.painted === 'true');
    }, null, { timeout: 60_000, polling: 20 });
    painted.push(await p2.evaluate(() => performance.now()));
  }
  console.log(`charts: example "sales dashboard" from storage, every chart painted at 4x CPU throttling: ${painted.map((t) => t.toFixed(0)).join(', ')} ms`);
} finally {
  await close();
}
