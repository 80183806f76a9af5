import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/chromium.mjs';
// Shared by the real-Chromium benchmarks: the 200-component scenario and the keystroke measure.

/** 200 cost components (QuickSight, CodeBuild, EC2 in turn) and a series of 200 architecture leaves with replicas. */
/**
 * Serve the production build (vite preview) on `port` and start headless Chromium; `close()` stops
 * both. The benchmark scripts share this setup.
 */
export async function openPreview(port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    return { base, browser, close: async () => { await browser.close(); server.kill(); } };
  } catch (e) {
    server.kill();
    throw e;
  }
}

export function bigScenario(n = 200) {
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

/**
 * Type a new value into the field `label` (first match) `edits` times; for each, the time from
 * the input event to the moment the monthly total on screen (or the element with test id `watch`)
 * has changed (Svelte's flush, charts included). `values`: the values typed, in turn (default
 * 100, 101, ...); each must change what is watched.
 */
export async function measure(page, label, edits = 50, { watch = 'total-monthly', values = null } = {}) {
  const field = page.getByLabel(label, { exact: true }).first();
  await field.focus();
  const handle = await field.elementHandle();
  return page.evaluate(
    async ([el, n, testId, typed]) => {
      const total = document.querySelector(`[data-testid="${testId}"]`);
      const times = [];
      for (let i = 0; i < n; i++) {
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
        el.value = typed ? typed[i % typed.length] : String(100 + i);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await done;
        times.push(t1 - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      return times;
    },
    [handle, edits, watch, values],
  );
}

/** "p50 …, p95 …, max … (n edits)". */
export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (${s.length} edits)`;
}
