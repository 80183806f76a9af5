/**
 * The engine's shape, as the README's layout section describes it: the app and the command line
 * reach the engine through its public API (src/engine/index.ts) only, and the engine's modules
 * import each other without cycles, so a newcomer can read them from the bottom up.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

const app = files('src', /\.(ts|svelte)$/).filter((f) => !f.startsWith(join('src', 'engine')));
const engine = files(join('src', 'engine'), /\.ts$/);

describe('the app uses the engine through its public API', () => {
  it.each(app)('%s imports no engine module but src/engine/index.ts', (file) => {
    const deep = imports(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative('src', normalize(join(dirname(file), spec))).split('\\').join('/'))
      .filter((target) => target.startsWith('engine/') && target !== 'engine/index.ts');
    expect(deep).toEqual([]);
  });
});

describe('the engine reads from the bottom up', () => {
  it.each(engine)('%s is under 500 lines (a file per concept)', (file) => {
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(500);
  });

  it('its modules import each other without a cycle', () => {
    const graph = new Map<string, string[]>();
    for (const f of engine) {
      graph.set(
        f,
        imports(f)
          .filter((s) => s.startsWith('.'))
          .map((s) => normalize(join(dirname(f), s))),
      );
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of engine) visit(f, []);
    expect(cycles).toEqual([]);
  });
});

describe('arithmetic lives in the engine', () => {
  it.each(app)('%s does no decimal arithmetic (it shows what the engine worked out)', (file) => {
    const src = readFileSync(file, 'utf8');
    const found = [...src.matchAll(/\.(times|plus|minus|div|dividedBy|mul|sub|pow|mod|sqrt|ln|log|exp)\(/g)].map((m) => m[0]);
    expect(found).toEqual([]);
  });
});
