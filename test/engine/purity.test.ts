import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const engine = files('src/engine');

describe('the engine is a pure library', () => {
  it.each(engine)('%s imports nothing from Svelte, Chart.js, the app or the DOM', (file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
    for (const spec of imports) {
      expect(spec.startsWith('.') || spec === 'decimal.js', `${file} imports ${spec}`).toBe(true);
      expect(spec.includes('/lib/') || spec.includes('../data'), `${file} imports ${spec}`).toBe(false);
    }
    expect(/\b(document|window|localStorage|navigator)\./.test(src), `${file} touches the DOM`).toBe(false);
  });

  it.each(engine)('%s does no float rounding on money or time', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(/parseFloat\(|Math\.(round|ceil|floor)\(/.test(src), file).toBe(false);
  });
});
