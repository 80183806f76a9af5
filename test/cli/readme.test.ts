/**
 * The README's "Scripts and CI" examples are real: each `npx nubecalc ...` command followed by a
 * text block prints exactly that (stdout, then stderr), and the package example's values hold.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/main.ts';
import { readFileBounded } from '../../src/cli/io.ts';
import { evaluateScenario } from '../../src/engine/index.ts';
import { defaultCatalogs, PRESETS, findSla } from '../../src/cli/entries/data.ts';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Scripts and CI'), readme.indexOf('## Rules nubecalc had to decide'));
const examples = [...section.matchAll(/```sh\nnpx nubecalc (.+)\n```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({ args: m[1] ?? '', expected: m[2] ?? '' }));

describe("the README's command-line examples", () => {
  it('has the three worked examples', () => {
    expect(examples.map((e) => e.args.split(' ')[0])).toEqual(['evaluate', 'diff', 'evaluate']);
  });

  it.each(examples)('nubecalc $args', async ({ args, expected }) => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), readStdin: async () => ({ ok: false as const, reason: 'EAGAIN' }), readFile: readFileBounded, errIsTTY: false };
    await run(args.split(' '), io);
    // Intl writes no-break spaces in Spanish ("202,53\u00a0US$"); the README shows plain ones.
    expect((out + err).replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
  });

  it('the package example', () => {
    const result = evaluateScenario(PRESETS.find((p) => p.id === 'three-tier-3az')!.build(), defaultCatalogs);
    // 3 linked web servers x $74.08 + ALB $22.265 + RDS Multi-AZ $122.28 (the service catalog)
    expect(result.monthlyTotal.toFixed()).toBe('366.785');
    expect(result.availability?.ninesText).toBe('3.17092');
    expect(findSla('rds-multi-az')).toMatchObject({ sla: '99.95', source: expect.any(String), asOf: expect.any(String) });
    expect(section).toContain('result.monthlyTotal.toFixed();    // "366.785" (exact; the app shows $366.79)');
  });
});

it('the fixtures are the app example, and it across four AZs', () => {
  const three = JSON.parse(readFileSync('test/cli/fixtures/three-tier.json', 'utf8'));
  expect(three).toEqual(JSON.parse(JSON.stringify(PRESETS.find((p) => p.id === 'three-tier-3az')!.build())));
  const four = JSON.parse(readFileSync('test/cli/fixtures/three-tier-4az.json', 'utf8'));
  // The EC2 component is one web server, linked to the k-of-n node: a fourth AZ is a fourth copy.
  expect(four.components).toEqual(three.components);
  expect(four.components[0].input.count).toBe('1');
  expect(four.architecture.children[1]).toMatchObject({ kind: 'k-of-n', k: '2', n: '4', member: { cost: { type: 'component', componentId: four.components[0].id } } });
  // Nothing else differs from the example but the names.
  const rest = (doc: { name: string; architecture: { children: Record<string, unknown>[] } }) => ({ ...doc, name: '', architecture: { ...doc.architecture, children: doc.architecture.children.map((c, i) => (i === 1 ? { ...c, name: '', n: '' } : c)) } });
  expect(rest(four)).toEqual(rest(three));
});
