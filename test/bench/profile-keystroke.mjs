// Where a keystroke's time goes on the 200-component scenario: a CPU profile of 30 edits in real
// Chromium, summed by function (self time, top 25) and by script. Needs a production build
// (`npm run build && node test/bench/profile-keystroke.mjs`). Prints figures; never fails.
import lz from 'lz-string';
import { bigScenario, measure, stats, openPreview } from './scenarios.mjs';

const PORT = Number(process.env.NUBECALC_BENCH_PORT ?? 4397);
const { base, browser, close } = await openPreview(PORT);
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const bundle = { format: 'nubecalc-scenarios', version: 1, scenarios: [bigScenario()] };
  await page.goto(`${base}/#share=${lz.compressToEncodedURIComponent(JSON.stringify(bundle))}`);
  const add = page.getByRole('button', { name: 'Add the scenario' });
  await add.click({ timeout: 120_000 });
  await add.waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('total-monthly').waitFor();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Expand' }).first().click();
  await measure(page, 'Readers', 5);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times = await measure(page, 'Readers', 30);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`profile: ${stats(times)}`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const byFn = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
    byFn.set(k, (byFn.get(k) ?? 0) + us);
  }
  const idle = [...byFn].filter(([k]) => k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
  const total = [...byFn.values()].reduce((a, b) => a + b, 0) - idle;
  console.log(`profile: busy ${(total / 1000).toFixed(0)} ms over 30 edits`);
  for (const [k, us] of [...byFn].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  // Inclusive time: a function's samples plus its callees' (counted once per stack).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const cf = byId.get(at).callFrame;
      const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  console.log('profile: inclusive');
  for (const [k, us] of [...incl].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await close();
}
