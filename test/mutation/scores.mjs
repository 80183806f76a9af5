#!/usr/bin/env node
// Mutation scores per engine file, from the committed Stryker incremental file.
//   node test/mutation/scores.mjs            prints the table
//   node test/mutation/scores.mjs --readme   rewrites the table between the README's
//                                            <!-- mutation-scores --> markers
//   node test/mutation/scores.mjs --check    exits 1 when the README table is stale or a file is
//                                            below 90% (no Stryker run: it reads the committed results)
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
// "marked equivalent" = mutants a `// Stryker disable next-line <Mutator>: <why>` comment ignores;
// static mutants (ignoreStatic) are left out of every column.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const incremental = JSON.parse(fs.readFileSync(path.join(root, 'test/mutation/stryker-incremental.json'), 'utf8'));
const TARGET = 90;
/**
 * Engine files in which Stryker finds nothing to mutate (types, `as const` line templates and
 * phrases, re-exports): a whole-engine run gives them no entry. Any other file without an entry has
 * not been measured.
 */
const NOTHING_TO_MUTATE = new Set([
  'src/engine/availability/lines.ts',
  'src/engine/codebuild/lines.ts',
  'src/engine/codebuild/types.ts',
  'src/engine/devtools/lines.ts',
  'src/engine/ec2/lines.ts',
  'src/engine/ec2/types.ts',
  'src/engine/error-phrases.ts',
  'src/engine/index.ts',
  'src/engine/lines.ts',
  'src/engine/quicksight/lines.ts',
  'src/engine/scenario/lines.ts',
  'src/engine/scenario/types.ts',
]);

export function rows() {
  const out = [];
  for (const [file, entry] of Object.entries(incremental.files).sort(([a], [b]) => a.localeCompare(b))) {
    const n = { killed: 0, survived: 0, equivalent: 0 };
    for (const m of entry.mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') n.killed++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') n.survived++;
      else if (m.status === 'Ignored' && !/^Static mutant/.test(m.statusReason ?? '')) n.equivalent++;
    }
    const valid = n.killed + n.survived;
    if (valid === 0 && n.equivalent === 0) continue;
    const score = valid === 0 ? 100 : Math.floor((n.killed / valid) * 10000) / 100;
    out.push({ file, valid, ...n, score });
  }
  return out;
}

export function table() {
  const lines = ['| file | mutants | killed | survived | marked equivalent | score |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows()) {
    const flag = r.score < TARGET ? ' (below 90%)' : '';
    lines.push(`| ${r.file} | ${r.valid} | ${r.killed} | ${r.survived} | ${r.equivalent} | ${r.score.toFixed(2)}%${flag} |`);
  }
  return lines.join('\n');
}

/** Every engine source file, as Stryker names them (declaration files excluded). */
function engineFiles(dir = 'src/engine') {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? engineFiles(`${dir}/${d.name}`) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [`${dir}/${d.name}`] : [],
  );
}

const readmePath = path.join(root, 'README.md');
const MARKS = /(<!-- mutation-scores -->\n)[\s\S]*?(\n<!-- \/mutation-scores -->)/;

if (process.argv.includes('--readme')) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  fs.writeFileSync(readmePath, readme.replace(MARKS, `$1${table()}$2`));
} else if (process.argv.includes('--check')) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  const stale = MARKS.exec(readme)?.[0] !== `<!-- mutation-scores -->\n${table()}\n<!-- /mutation-scores -->`;
  const low = rows().filter((r) => r.score < TARGET);
  const unmeasured = engineFiles().filter((f) => !(f in incremental.files) && !NOTHING_TO_MUTATE.has(f));
  for (const f of unmeasured) console.error(`${f}: not measured (no entry in the incremental file)`);
  if (stale) console.error('README.md: the mutation table differs from test/mutation/stryker-incremental.json (run node test/mutation/scores.mjs --readme)');
  for (const r of low) console.error(`${r.file}: ${r.score.toFixed(2)}% (target ${TARGET}%)`);
  process.exit(stale || low.length > 0 || unmeasured.length > 0 ? 1 : 0);
} else {
  console.log(table());
}
