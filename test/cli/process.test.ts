/**
 * The real command in a child process (node 20, no browser): exit codes, stdout/stderr
 * separation, standard input, a hostile file; then the packed package installed into a
 * temporary folder, imported from a script and run with npx. `npm pack` runs the `prepare`
 * script, which builds dist-pkg/ (the bin's code) first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { ciScenario, json } from './helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'nubecalc.js');
let tmp = '';
let tarball = '';

function sh(cmd: string, args: readonly string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? tmp, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const nubecalc = (args: readonly string[], input?: string) => sh(process.execPath, [bin, ...args], input === undefined ? {} : { input });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'nubecalc-cli-'));
  const packed = sh('npm', ['pack', '--pack-destination', tmp, '--silent'], { cwd: root });
  expect(packed.code, packed.err).toBe(0);
  tarball = join(tmp, readdirSync(tmp).find((f) => f.endsWith('.tgz')) ?? '');
  writeFileSync(join(tmp, 'ci.json'), json(ciScenario()));
  writeFileSync(join(tmp, 'evil.json'), '{"format":"nubecalc-scenario","version":1,"components":[],"__proto__":{"polluted":true}}');
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the nubecalc command in a child process', () => {
  it('exit 0: results on stdout, nothing on stderr', () => {
    const r = nubecalc(['evaluate', 'ci.json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // 300 builds x 3 billed min x $0.005 = $4.50 a month
    expect(r.out).toMatch(/Total\s+\$4\.50\s+\$54\.00/);
  });

  it('reads standard input', () => {
    const r = nubecalc(['evaluate', '-', '--format', 'json'], json(ciScenario('Piped')));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).scenarios[0]).toMatchObject({ name: 'Piped', monthly: '4.5' });
  });

  it('exit 1 for a failed guard: the reason on stderr, the results still on stdout', () => {
    const r = nubecalc(['evaluate', 'ci.json', '--max-monthly', '4']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('nubecalc: guard --max-monthly failed: Team CI: $4.50 per month is over the limit of $4.00 by $0.50.\n');
    expect(r.out).toContain('$4.50');
  });

  it('exit 2 for a hostile file: one clear line, no stack trace, nothing on stdout', () => {
    const r = nubecalc(['evaluate', 'evil.json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('nubecalc: invalid input in evil.json: [forbidden_key] at __proto__: It contains the key “__proto__”, which is never accepted.\n');
  });

  it('no progress line on a pipe, even for many files', () => {
    const r = nubecalc(['evaluate', 'ci.json', 'ci.json', 'ci.json', 'ci.json', 'ci.json', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });

  it('--version', () => {
    expect(nubecalc(['--version']).out).toBe(`${version}\n`);
  });

  it('installs from the packed tarball: a script imports nubecalc/engine and nubecalc/data, npx runs the bin', () => {
    const project = join(tmp, 'consumer');
    sh('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), json({ name: 'consumer', private: true, type: 'module' }));
    const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: project });
    expect(install.code, install.err).toBe(0);
    writeFileSync(
      join(project, 'check.mjs'),
      [
        "import { evaluateScenario, EngineError } from 'nubecalc/engine';",
        "import { defaultCatalogs, PRESETS, findSla } from 'nubecalc/data';",
        "const r = evaluateScenario(PRESETS.find((p) => p.id === 'three-tier-3az').build(), defaultCatalogs);",
        "let code = '';",
        "try { evaluateScenario({}, defaultCatalogs); } catch (e) { code = e instanceof EngineError ? e.code : 'other'; }",
        "console.log(r.monthlyTotal.toFixed(), r.availability.ninesText, findSla('rds-multi-az').sla, code);",
      ].join('\n'),
    );
    const script = sh(process.execPath, ['check.mjs'], { cwd: project });
    expect(script.err).toBe('');
    // The three-tier example: 3 linked web servers x $74.08 + ALB $22.265 + RDS $122.28 = $366.785 a month
    // (the service catalog is in defaultCatalogs); ELB 99.99% x (2 of 3 EC2 at 99.5%) x RDS 99.95% = 3.17092 nines
    expect(script.out).toBe('366.785 3.17092 99.95 invalid_type\n');
    const npx = sh('npx', ['--no-install', 'nubecalc', 'evaluate', '../ci.json', '--format', 'json'], { cwd: project });
    expect(npx.code, npx.err).toBe(0);
    expect(JSON.parse(npx.out).scenarios[0].monthlyText).toBe('$4.50');
  }, 120_000);
});
