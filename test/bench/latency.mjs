// Keystroke-to-updated-totals latency in real Chromium (issue 3 budget: p95 under 16 ms for an
// example scenario, under 50 ms for a 200-component scenario). Prints figures; never fails on
// time. Needs a production build: `npm run build && node test/bench/latency.mjs`.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import lz from 'lz-string';
import { findChromium } from '../e2e/chromium.mjs';

const PORT = Number(process.env.NUBECALC_BENCH_PORT ?? 4398);
const EDITS = 50;
const base = `http://127.0.0.1:${PORT}`;

function bigScenario(n = 200) {
  const components = [];
  const leaves = [];
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    if (i % 3 === 0) components.push({ id, type: 'quicksight', name: `QuickSight ${i}`, model: 'legacy', usage: { authorsAnnual: '2', readerGroups: [{ name: 'Readers', readers: String(10 + i), visitsPerReader: '12', minutesPerVisit: '40' }] } });
    else if (i % 3 === 1) components.push({ id, type: 'codebuild', name: `CodeBuild ${i}`, project: { groups: [{ label: 'Builds', computeType: 'general1.small', count: String(5 + i), per: 'day', durationSeconds: '185' }] } });
    else components.push({ id, type: 'ec2', name: `EC2 ${i}`, input: { region: 'us-east-1', instanceType: 't3.medium', count: '2', billing: 'per-second', monthMode: 'average', schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }], timeZone: 'Europe/Madrid', holidays: [] }, volumes: [{ type: 'gp3', sizeGb: '30', count: '1' }], elasticIps: '0', publicIpv4: false } });
    leaves.push({ kind: 'component', id: `n${i}`, name: `Part ${i}`, sla: i % 2 ? 'ec2-instance' : 'rds-multi-az', replicas: '2' });
  }
  return { format: 'nubecalc-scenario', version: 1, name: '200 components', settings: { convention: '365-day', codeBuildFreeTier: true }, components, architecture: { kind: 'series', id: 'root', name: 'All', children: leaves } };
}

async function measure(page, label) {
  // Type a new value into the field `label` (first match) EDITS times; for each, the time from the
  // input event to the moment the monthly total on screen has changed (Svelte's flush, charts included).
  const field = page.getByLabel(label, { exact: true }).first();
  await field.focus();
  const handle = await field.elementHandle();
  return page.evaluate(
    async ([el, edits]) => {
      const total = document.querySelector('[data-testid="total-monthly"]');
      const times = [];
      for (let i = 0; i < edits; i++) {
        const before = total.textContent;
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (total.textContent !== before) {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(total, { childList: true, characterData: true, subtree: true });
        });
        const t0 = performance.now();
        el.value = String(100 + i);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await done;
        times.push(t1 - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return times;
    },
    [handle, EDITS],
  );
}

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (${s.length} edits)`;
}

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
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
  await browser.close();
} finally {
  server.kill();
}
