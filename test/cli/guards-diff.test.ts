import { describe, expect, it } from 'vitest';
import { cli, ciScenario, json } from './helpers.ts';

// ci.json: 900 billed min x $0.005 = $4.50 a month; availability 0.999 x 0.999 = 99.8001%.
// big.json: 600 builds, 1,800 min x $0.005 = $9.00 a month, and its DB at 99.99%:
// 0.999 x 0.9999 = 0.9989001, U = 0.0010999, nines 2.95865 against 2.69919.
const big = ciScenario('Team CI, doubled', '600') as { architecture: { children: { percent: string }[] } };
big.architecture.children[1]!.percent = '99.99';
const files = { 'ci.json': json(ciScenario()), 'big.json': json(big) };

describe('guards', () => {
  it('--max-monthly: within at the limit itself (exit 0), over it by how much (exit 1, on stderr)', async () => {
    expect((await cli(['evaluate', 'ci.json', '--max-monthly', '4.50'], files)).code).toBe(0);
    const r = await cli(['evaluate', 'ci.json', '--max-monthly', '4'], files);
    expect(r.code).toBe(1);
    // $4.50 - $4.00 = $0.50 over
    expect(r.err).toBe('nubecalc: guard --max-monthly failed: Team CI: $4.50 per month is over the limit of $4.00 by $0.50.\n');
    expect(r.out).toMatch(/Total\s+\$4\.50/);
  });

  it('--min-availability: 99.8001% meets 99.8 and misses 99.9 by 0.0999 points', async () => {
    expect((await cli(['evaluate', 'ci.json', '--min-availability', '99.8'], files)).code).toBe(0);
    const r = await cli(['evaluate', 'ci.json', '--min-availability', '99.9%'], files);
    expect(r.code).toBe(1);
    // 99.9 - 99.8001 = 0.0999
    expect(r.err).toContain('--min-availability failed: Team CI: availability 99.8001% is under the target of 99.9% by 0.0999 percentage points.');
  });

  it('--min-availability fails a scenario without an architecture, saying so', async () => {
    const r = await cli(['evaluate', 'x.json', '--min-availability', '99'], { 'x.json': json({ ...ciScenario('No arch'), architecture: null }) });
    expect(r.code).toBe(1);
    expect(r.err).toContain('No arch: no availability architecture, so the target of 99% cannot be met.');
  });

  it('reports every failed guard across files, in JSON too', async () => {
    const r = await cli(['evaluate', 'ci.json', 'big.json', '--max-monthly', '5', '--format', 'json'], files);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.ok).toBe(false);
    expect(doc.guards.map((g: { scenario: string; ok: boolean }) => [g.scenario, g.ok])).toEqual([['Team CI', true], ['Team CI, doubled', false]]);
  });

  it('an invalid guard value is invalid input (exit 2), with the code and the option as the path', async () => {
    const r = await cli(['evaluate', 'ci.json', '--max-monthly', 'lots'], files);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[not_a_number] at --max-monthly:');
    expect((await cli(['evaluate', 'ci.json', '--min-availability', '101'], files)).err).toContain('[out_of_range] at --min-availability:');
  });
});

describe('nubecalc diff', () => {
  it('shows both scenarios side by side with the differences and the cost per extra nine', async () => {
    const r = await cli(['diff', 'ci.json', 'big.json'], files);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Team CI (ci.json) → Team CI, doubled (big.json)');
    // $9.00 - $4.50 = +$4.50, +100% of $4.50
    expect(r.out).toMatch(/Monthly total\s+\$4\.50\s+\$9\.00\s+\+\$4\.50 \(\+100%\)/);
    expect(r.out).toMatch(/Nines\s+2\.69919\s+2\.95865\s+\+0\.25946/);
    // $4.50 / (2.958647 - 2.699187) = $4.50 / 0.259460 = $17.34 per nine
    expect(r.out).toContain('0.25946 more nines for $4.50 more per month: each extra nine costs $17.34 per month.');
  });

  it('--max-increase 10% fails on a 100% rise; 5 (USD) passes a $4.50 rise', async () => {
    const r = await cli(['diff', 'ci.json', 'big.json', '--max-increase', '10%'], files);
    expect(r.code).toBe(1);
    expect(r.err).toContain('guard --max-increase failed: Team CI, doubled: monthly cost $4.50 → $9.00 (+$4.50, +100%) is more than the allowed increase of 10%.');
    expect((await cli(['diff', 'ci.json', 'big.json', '--max-increase', '5'], files)).code).toBe(0);
    expect((await cli(['diff', 'big.json', 'ci.json', '--max-increase', '0%'], files)).code).toBe(0);
  });

  it('applies --max-monthly to the new scenario, and writes Markdown and JSON', async () => {
    const md = await cli(['diff', 'ci.json', 'big.json', '--max-monthly', '8', '--format', 'markdown'], files);
    expect(md.code).toBe(1);
    expect(md.out).toContain('**1 guard(s) failed.**');
    expect(md.out).toContain('| Monthly total | $4.50 | $9.00 | +$4.50 (+100%) |');
    const js = JSON.parse((await cli(['diff', 'ci.json', 'big.json', '--format', 'json'], files)).out);
    expect(js.rows.find((row: { key: string }) => row.key === 'monthly')).toMatchObject({ old: '4.5', new: '9', diff: '4.5', verdict: 'worse' });
  });

  it('needs one scenario on each side', async () => {
    const two = json({ format: 'nubecalc-scenarios', version: 1, scenarios: [ciScenario('a'), ciScenario('b')] });
    const r = await cli(['diff', 'two.json', 'ci.json'], { ...files, 'two.json': two });
    expect(r.code).toBe(2);
    expect(r.err).toContain('invalid input in two.json: [diff_one_scenario] diff needs one scenario in each file; this holds 2.');
  });
});

describe('invalid input: exit 2, the code, the path and a message; never a stack trace', () => {
  it.each([
    ['not JSON', '{"format": "nubecalc-scenario",', '[json] It is not valid JSON.'],
    ['a prototype key', '{"format":"nubecalc-scenario","version":1,"components":[],"__proto__":{"admin":true}}', '[forbidden_key] at __proto__:'],
    ['a newer version', json({ ...ciScenario(), version: 7 }), '[version_newer] at version:'],
    ['another file type', json({ hello: 'world' }), '[format_any] at format:'],
    ['a float price', json({ ...ciScenario(), components: [{ id: 'q', type: 'quicksight', model: 'legacy', usage: { readerGroups: [{ readers: 1.5 }] } }] }), '[decimal] at components.0.usage.readerGroups.0.readers:'],
    ['a negative count', json(ciScenario('x', '-5')), '[negative] at components.0.project.groups.0.count: -5 is negative'],
    ['k greater than n', json({ ...ciScenario(), architecture: { kind: 'k-of-n', id: 'w', k: '4', n: '3', member: { kind: 'component', id: 'm', percent: '99' } } }), '[k_greater_than_n] at architecture'],
  ])('%s', async (_what, text, expected) => {
    const r = await cli(['evaluate', 'bad.json'], { 'bad.json': text });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`nubecalc: invalid input in bad.json: ${expected}`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a missing file, and every invalid file reported (not only the first)', async () => {
    const r = await cli(['evaluate', 'nope.json', 'bad.json', 'ci.json'], { 'bad.json': '[]', 'ci.json': json(ciScenario()) });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual(['nubecalc: invalid input in nope.json: [unreadable] It could not be read (ENOENT).', 'nubecalc: invalid input in bad.json: [not_scenario] It is not a nubecalc scenario.', '']);
  });

  it('in Spanish, and with escape sequences in a name neutralised', async () => {
    const r = await cli(['evaluate', 'bad.json', '--lang', 'es'], { 'bad.json': json(ciScenario('x', '-5')) });
    expect(r.err).toContain('nubecalc: entrada no válida en bad.json: [negative] en components.0.project.groups.0.count:');
    const evil = await cli(['evaluate', 'evil.json'], { 'evil.json': json(ciScenario('\u001b[2J\u001b]0;pwned\u0007Team')) });
    expect(evil.out).not.toMatch(/[\u001b\u0007]/);
    expect(evil.out).toContain(' [2J ]0;pwned Team');
  });

  it('usage errors: exit 2 and a pointer to --help', async () => {
    const r = await cli(['evaluate', 'ci.json', '--format', 'xml']);
    expect(r).toEqual({ code: 2, out: '', err: 'nubecalc: unknown format "xml": use one of table, json, csv, markdown.\nRun "nubecalc --help" for the commands and options.\n' });
  });

  it('--help documents every option in both languages', async () => {
    for (const lang of ['en', 'es']) {
      const r = await cli(['--help', '--lang', lang]);
      expect(r.code).toBe(0);
      for (const option of ['--format', '--lang', '--explain', '--prices', '--max-monthly', '--min-availability', '--max-increase', '--no-progress', '--version']) expect(r.out).toContain(option);
    }
  });
});
