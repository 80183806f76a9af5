// Where the JS heap of the 200-component scenario goes (issue 8, item 5): loads the scenario of
// large.mjs from storage, takes a heap snapshot over CDP and prints the top constructors by self
// size and the top objects by retained size (dominator tree). Needs a build (`npm run build`; for
// readable class names: `npx vite build --minify false`). Usage: node test/bench/heap-snapshot.mjs
// [top=25] (port: NUBECALC_BENCH_PORT; SNAPSHOT=file also writes the raw .heapsnapshot).
import { writeFileSync } from 'node:fs';
import lz from 'lz-string';
import { bigScenario, openPreview } from './scenarios.mjs';

const PORT = Number(process.env.NUBECALC_BENCH_PORT ?? 4398);
const TOP = Number(process.argv[2] ?? 25);

async function snapshot(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  await cdp.detach();
  return { usedSize, json: chunks.join('') };
}

/** Self size per constructor name, and retained size per node via a dominator tree (Cooper-Harvey-Kennedy). */
function analyse(snap) {
  const m = snap.snapshot.meta;
  const nf = m.node_fields, ef = m.edge_fields;
  const NF = nf.length, EF = ef.length;
  const nType = nf.indexOf('type'), nName = nf.indexOf('name'), nSize = nf.indexOf('self_size'), nEdges = nf.indexOf('edge_count');
  const eType = ef.indexOf('type'), eName = ef.indexOf('name_or_index'), eTo = ef.indexOf('to_node');
  const nodeTypes = m.node_types[0], edgeTypes = m.edge_types[0];
  const { nodes, edges, strings } = snap;
  const n = nodes.length / NF;
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) { firstEdge[i] = e; e += nodes[i * NF + nEdges] * EF; firstEdge[i + 1] = e; }
  const weak = edgeTypes.indexOf('weak'), shortcut = edgeTypes.indexOf('shortcut');
  const label = (i) => {
    const t = nodeTypes[nodes[i * NF + nType]];
    const name = strings[nodes[i * NF + nName]];
    if (t === 'object' || t === 'native' || t === 'closure') return `${t === 'closure' ? 'closure ' : ''}${name}`;
    return `(${t})`;
  };
  // Self size by constructor.
  const byCtor = new Map();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = nodes[i * NF + nSize];
    total += s;
    const k = label(i);
    const v = byCtor.get(k) ?? [0, 0];
    v[0] += s; v[1]++;
    byCtor.set(k, v);
  }
  // Post-order DFS from root (node 0), ignoring weak edges.
  const order = new Int32Array(n).fill(-1); // post-order index
  const post = new Int32Array(n);
  const preds = Array.from({ length: n }, () => null);
  let count = 0;
  const stack = [0], iter = new Uint32Array(n);
  const seen = new Uint8Array(n); seen[0] = 1;
  for (let i = 0; i < n; i++) iter[i] = firstEdge[i];
  while (stack.length) {
    const v = stack[stack.length - 1];
    if (iter[v] < firstEdge[v + 1]) {
      const e = iter[v]; iter[v] += EF;
      const t = edges[e + eType];
      if (t === weak || t === shortcut) continue;
      const w = edges[e + eTo] / NF;
      (preds[w] ??= []).push(v);
      if (!seen[w]) { seen[w] = 1; stack.push(w); }
    } else { stack.pop(); order[v] = count; post[count++] = v; }
  }
  const idom = new Int32Array(n).fill(-1); idom[0] = 0;
  const intersect = (a, b) => { while (a !== b) { while (order[a] < order[b]) a = idom[a]; while (order[b] < order[a]) b = idom[b]; } return a; };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = count - 2; k >= 0; k--) {
      const v = post[k];
      let nd = -1;
      for (const p of preds[v] ?? []) if (idom[p] !== -1 && order[p] !== -1) nd = nd === -1 ? p : intersect(p, nd);
      if (nd !== -1 && idom[v] !== nd) { idom[v] = nd; changed = true; }
    }
  }
  const retained = new Float64Array(n);
  for (let k = 0; k < count; k++) { const v = post[k]; retained[v] += nodes[v * NF + nSize]; if (v !== 0) retained[idom[v]] += retained[v]; }
  // Retained by constructor: sum of retained of nodes whose idom has a different label (top-level instances).
  const retByCtor = new Map();
  for (let k = 0; k < count; k++) { const v = post[k]; if (v === 0) continue; const l = label(v); if (label(idom[v]) === l) continue; retByCtor.set(l, (retByCtor.get(l) ?? 0) + retained[v]); }
  const topNodes = [...post.slice(0, count)].filter((v) => v !== 0 && nodeTypes[nodes[v * NF + nType]] !== 'synthetic').sort((a, b) => retained[b] - retained[a]);
  const children = new Map();
  for (let k = 0; k < count; k++) { const v = post[k]; if (v === 0) continue; const d = idom[v]; if (!children.has(d)) children.set(d, []); children.get(d).push(v); }
  return { children, n, total, byCtor, retByCtor, retained, topNodes, label, nodes, NF, nSize, edges, firstEdge, EF, eName, eTo, eType, edgeTypes, strings };
}

const kb = (b) => `${(b / 1024).toFixed(0).padStart(7)} kB`;
const { base, browser, close } = await openPreview(PORT);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bundle = { format: 'nubecalc-scenarios', version: 1, scenarios: [bigScenario()] };
  await page.goto(`${base}/#share=${lz.compressToEncodedURIComponent(JSON.stringify(bundle))}`);
  const add = page.getByRole('button', { name: 'Add the scenario' });
  await add.click({ timeout: 120_000 });
  await add.waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('total-monthly').waitFor();
  await page.goto(base);
  await page.getByTestId('total-monthly').filter({ hasNotText: '$0.00' }).waitFor({ timeout: 60_000 });
  await page.getByRole('tree').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000);
  const { usedSize, json } = await snapshot(page);
  if (process.env.SNAPSHOT) writeFileSync(process.env.SNAPSHOT, json);
  const a = analyse(JSON.parse(json));
  console.log(`heap used after GC ${(usedSize / 1048576).toFixed(1)} MB; snapshot: ${a.n} nodes, ${(a.total / 1048576).toFixed(1)} MB self size`);
  console.log(`\ntop ${TOP} by self size (constructor: size, count):`);
  for (const [k, [s, c]] of [...a.byCtor].sort((x, y) => y[1][0] - x[1][0]).slice(0, TOP)) console.log(`${kb(s)} ${String(c).padStart(7)}  ${k}`);
  console.log(`\ntop ${TOP} by retained size (constructor, outermost instances):`);
  for (const [k, s] of [...a.retByCtor].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(`${kb(s)}  ${k}`);
  console.log(`\ntop ${TOP} objects by retained size (with their first named edges):`);
  for (const v of a.topNodes.slice(0, TOP)) {
    const names = [];
    for (let e = a.firstEdge[v]; e < a.firstEdge[v + 1] && names.length < 6; e += a.EF) {
      const t = a.edgeTypes[a.edges[e + a.eType]];
      if (t === 'property' || t === 'context') names.push(a.strings[a.edges[e + a.eName]]);
    }
    console.log(`${kb(a.retained[v])}  ${a.label(v)}  {${names.join(', ')}}`);
  }
  // DRILL=n: the dominator subtree of the top object, n levels, children over 20 kB.
  const describe = (v) => {
    const names = [];
    for (let e = a.firstEdge[v]; e < a.firstEdge[v + 1] && names.length < 8; e += a.EF) {
      const t = a.edgeTypes[a.edges[e + a.eType]];
      if (t === 'property' || t === 'context' || t === 'internal') names.push(a.strings[a.edges[e + a.eName]] ?? a.edges[e + a.eName]);
    }
    return `${a.label(v)} {${names.join(', ')}}`;
  };
  const drill = (v, depth, indent) => {
    console.log(`${indent}${kb(a.retained[v])} ${describe(v)}`);
    if (depth === 0) return;
    const kids = (a.children.get(v) ?? []).sort((x, y) => a.retained[y] - a.retained[x]);
    for (const w of kids.slice(0, 8)) if (a.retained[w] > 20 * 1024) drill(w, depth - 1, indent + '  ');
  };
  if (process.env.DRILL) for (const v of a.topNodes.slice(0, Number(process.env.DRILL_TOP ?? 3))) drill(v, Number(process.env.DRILL), '');
  await context.close();
} finally {
  await close();
}
