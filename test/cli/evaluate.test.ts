import { describe, expect, it } from 'vitest';
import { cli, ciScenario, json } from './helpers.ts';
import { shareLink } from '../../src/lib/state/share.ts';
import type { ScenarioData } from '../../src/lib/state/schema.ts';

// The scenario in every test: 300 builds x 121 s on general1.small. Each build bills ceil(121/60) =
// 3 minutes: 900 min x $0.005 = $4.50 a month, x 12 = $54.00 a year. Availability: two 99.9% parts
// in series, 0.999 x 0.999 = 0.998001 (99.8001%), U = 0.001999, nines = -log10(0.001999) = 2.699
// (shown "2.7"), downtime a year = 0.001999 x 31,536,000 s = 63,040.464 s = 17h 30m 40.46s.
const files = { 'ci.json': json(ciScenario()) };

describe('nubecalc evaluate', () => {
  it('prints cost per component and in total, availability, nines and downtime; nothing on stderr', async () => {
    const r = await cli(['evaluate', 'ci.json'], files);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Team CI  (ci.json)');
    expect(r.out).toMatch(/CI\s+CodeBuild\s+\$4\.50\s+\$54\.00/);
    expect(r.out).toMatch(/Total\s+\$4\.50\s+\$54\.00/);
    expect(r.out).toContain('Composite availability: 99.8001%   Nines: 2.7 nines');
    expect(r.out).toContain('per year 17h 30m 40.46s');
  });

  it('speaks Spanish with Spanish number formats (--lang es)', async () => {
    const r = await cli(['evaluate', 'ci.json', '--lang', 'es'], files);
    expect(r.out).toMatch(/Total\s+4,50\sUS\$\s+54,00\sUS\$/);
    expect(r.out).toContain('Disponibilidad compuesta: 99,8001 %');
    expect(r.out).toContain('2,7 nueves');
    expect(r.out).toContain('al año 17 h 30 min 40,46 s');
  });

  it('gives exact values and the formatted ones in JSON', async () => {
    const r = await cli(['evaluate', 'ci.json', '--format', 'json'], files);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ format: 'nubecalc-report', command: 'evaluate', ok: true, guards: [] });
    expect(doc.scenarios[0]).toMatchObject({ name: 'Team CI', monthly: '4.5', annual: '54', monthlyText: '$4.50', components: [{ id: 'ci', type: 'codebuild', monthly: '4.5' }] });
    expect(doc.scenarios[0].availability).toMatchObject({ availability: '0.998001', percent: '99.8001', percentText: '99.8001%', ninesText: '2.7 nines' });
    expect(doc.scenarios[0].availability.nines).toMatch(/^2\.69918720588188/);
  });

  it('writes a Markdown table for a pull-request comment, with the guards first', async () => {
    const r = await cli(['evaluate', 'ci.json', '--format', 'markdown', '--max-monthly', '500'], files);
    expect(r.out.startsWith('**Every guard is within its limit.**')).toBe(true);
    expect(r.out).toContain('- ✅ Team CI: $4.50 per month, within the limit of $500.00.');
    expect(r.out).toContain('| CI | CodeBuild | $4.50 | $54.00 |');
    expect(r.out).toContain('| **Total** |  | **$4.50** | **$54.00** |');
  });

  it('writes CSV: comma and point in English, semicolon and decimal comma in Spanish', async () => {
    const en = await cli(['evaluate', 'ci.json', '--format', 'csv'], files);
    expect(en.out.split('\r\n')).toEqual(['Source,Scenario,Component,Type,Monthly (USD),Annual (USD),Availability (%),Nines', 'ci.json,Team CI,CI,codebuild,4.5,54,,', expect.stringMatching(/^ci\.json,Team CI,Total,,4\.5,54,99\.8001,2\.699187/), '']);
    const es = await cli(['evaluate', 'ci.json', '--format', 'csv', '--lang', 'es'], files);
    expect(es.out.split('\r\n')[2]).toMatch(/^ci\.json;Team CI;Total;;4,5;54;99,8001;2,699187/);
  });

  it('--explain prints every formula (in Spanish too)', async () => {
    const r = await cli(['evaluate', 'ci.json', '--explain'], files);
    expect(r.out).toContain('300 builds x 3 min (121 s rounded up) = 900 billed min x $0.005 = $4.50');
    expect(r.out).toContain('Monthly total: $4.50 = $4.50');
    expect(r.out).toContain('0.999 x 0.999 = 0.998001');
    const es = await cli(['evaluate', 'ci.json', '--explain', '--lang', 'es'], files);
    expect(es.out).toMatch(/= 900 min facturados × 0,005\sUS\$ = 4,50\sUS\$/);
    expect(es.out).not.toContain('$4.50');
  });

  it('reads standard input with "-"', async () => {
    const r = await cli(['evaluate', '-'], {}, { stdin: json(ciScenario('From a pipe')) });
    expect(r.code).toBe(0);
    expect(r.out).toContain('From a pipe  (-)');
  });

  it("decodes one of the app's share links locally", async () => {
    const link = shareLink('https://example.org/nubecalc/', [ciScenario('Shared') as unknown as ScenarioData]);
    const r = await cli(['evaluate', link]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Shared  (https://example.org/nubecalc/#share=…)');
    expect(r.out).toMatch(/Total\s+\$4\.50/);
    const broken = await cli(['evaluate', `${link.slice(0, -40)}`]);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('[link_garbled]');
  });

  it('shows a progress line only on a terminal and only for many files', async () => {
    const many = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`${n}.json`, json(ciScenario(n))]));
    const names = Object.keys(many);
    const tty = await cli(['evaluate', ...names], many, { tty: true });
    expect(tty.err).toContain('Evaluating 5 of 5…');
    const pipe = await cli(['evaluate', ...names], many, { tty: false });
    expect(pipe.err).toBe('');
    const off = await cli(['evaluate', ...names, '--no-progress'], many, { tty: true });
    expect(off.err).toBe('');
  });
});

describe('--prices', () => {
  it('replaces catalog prices: general1.small at $0.01 makes 900 min cost $9.00', async () => {
    const prices = json({ codebuild: { computeTypes: { 'general1.small': '0.01' } } });
    const r = await cli(['evaluate', 'ci.json', '--prices', 'p.json'], { ...files, 'p.json': prices });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Prices from p.json replace catalog values.');
    expect(r.out).toMatch(/Total\s+\$9\.00\s+\$108\.00/);
  });

  it('replaces an SLA: a 99.9% RDS Multi-AZ floor', async () => {
    const doc = { ...ciScenario(), architecture: { kind: 'component', id: 'db', sla: 'rds-multi-az' } };
    const r = await cli(['evaluate', 'db.json', '--prices', 'p.json', '--format', 'json'], { 'db.json': json(doc), 'p.json': json({ slas: { 'rds-multi-az': '99.9' } }) });
    const availability = JSON.parse(r.out).scenarios[0].availability;
    expect(availability.percent).toBe('99.9');
    expect(availability.slas).toEqual([expect.objectContaining({ id: 'rds-multi-az', percent: '99.9', catalog: false, source: null })]);
    // Without the file, --explain names the catalog's source and date of the 99.95% floor.
    const plain = await cli(['evaluate', 'db.json', '--explain'], { 'db.json': json(doc) });
    expect(plain.out).toMatch(/SLAs used \(contract floors\):\n\s+- RDS Multi-AZ instance or cluster: 99\.95% \(Source: https:\/\/aws\.amazon\.com\/rds\/sla\/? \(as of 2024\)\)/);
    const yours = await cli(['evaluate', 'db.json', '--explain', '--prices', 'p.json'], { 'db.json': json(doc), 'p.json': json({ slas: { 'rds-multi-az': '99.9' } }) });
    expect(yours.out).toContain('- RDS Multi-AZ instance or cluster: 99.9% (your value)');
  });

  it.each([
    [{ codebuild: { computeTypes: { 'general1.small': '-1' } } }, '[negative] at codebuild.computeTypes.general1.small:'],
    [{ codebuild: { computeTypes: { 'general1.small': 'cheap' } } }, '[decimal] at codebuild.computeTypes.general1.small:'],
    [{ quicksight: { readerSesion: '0.25' } }, '[unknown_key] at quicksight.readerSesion:'],
    [{ ec2: { 'us-east-1': { 't3.medium': { instanceHourly: 0.05 } } } }, '[type] at ec2.us-east-1.t3.medium.instanceHourly:'],
  ])('validates like the app: %j', async (prices, message) => {
    const r = await cli(['evaluate', 'ci.json', '--prices', 'p.json'], { ...files, 'p.json': json(prices) });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`nubecalc: invalid input in p.json: ${message}`);
  });
});
