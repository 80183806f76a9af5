import { describe, expect, it } from 'vitest';
import { messages, registerBundles } from '../../../src/lib/i18n/messages/index.ts';
import { allBundles } from '../../../src/lib/i18n/messages/all.ts';

registerBundles(allBundles);

describe('every message exists in English and Spanish', () => {
  it('Spanish has every English key and uses only placeholders the English message has', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    for (const [key, en] of Object.entries(messages.en)) {
      const es = messages.es[key];
      expect(es, key).toBeTruthy();
      // line.* templates are checked against the engine's params by each calculator's own tests.
      if (key.startsWith('line.')) continue;
      for (const p of ph(es ?? '')) expect(ph(en), `${key} uses {${p}}`).toContain(p);
    }
  });
});
