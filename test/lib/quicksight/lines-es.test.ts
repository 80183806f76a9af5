import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareQuickSight, QUICKSIGHT_MODELS, quickSightLegacy, type QuickSightUsageInput } from '../../../src/engine/quicksight.ts';
import type { LineItem } from '../../../src/engine/explain.ts';
import { defaultQuickSightPrices } from '../../../src/data/quicksight.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { messages } from '../../../src/lib/i18n/messages/index.ts';
import '../../../src/lib/workbench.ts';
import { interpolate } from '../../../src/lib/i18n/define.ts';

const usage: QuickSightUsageInput = {
  edition: 'enterprise',
  authorsAnnual: '3',
  authorsMonthly: '1',
  authorPro: '1',
  readerPro: '2',
  spiceGb: '75',
  qAndA: true,
  readerGroups: [
    { name: 'Ventas', readers: '200', sessionsPerReader: '17', emailedReportsPerReader: '4' },
    { name: 'Operaciones', readers: '40', visitsPerReader: '6', minutesPerVisit: '45' },
  ],
};

function allLines(): LineItem[] {
  const p = defaultQuickSightPrices();
  const c = compareQuickSight(usage, p);
  const lines = [...c.lines];
  for (const m of QUICKSIGHT_MODELS) {
    const r = c[m];
    if (r.ok) lines.push(...r.value.lines);
  }
  const chosen = compareQuickSight({ ...usage, annualTier: '2', spiceGb: '10' }, p);
  if (chosen.capacityAnnual.ok) lines.push(...chosen.capacityAnnual.value.lines);
  lines.push(...compareQuickSight({ readerGroups: [{ readers: '100', sessionsPerReader: '1' }] }, p).lines);
  if (chosen.capacityMonthly.ok) lines.push(...chosen.capacityMonthly.value.lines);
  lines.push(...quickSightLegacy({ edition: 'standard', authorsAnnual: '1', authorsMonthly: '2' }, p).lines);
  lines.push(...compareQuickSight({ ...usage, readerGroups: [{ readers: '20000', sessionsPerReader: '10' }] }, p).lines);
  return lines;
}

describe('Spanish templates for the QuickSight line items', () => {
  it('exist for every line key the engine source emits', () => {
    const src = readFileSync('src/engine/quicksight.ts', 'utf8');
    const keys = new Set([...src.matchAll(/'(quicksight\.[\w.]+)'/g)].map((m) => m[1]!));
    keys.add('quicksight.legacy.authors.annual').add('quicksight.legacy.authors.monthly');
    expect(keys.size).toBeGreaterThan(30);
    for (const k of keys) expect(messages.es[`line.${k}`], k).toBeTruthy();
  });

  it('fill every placeholder for the lines of a rich usage', () => {
    const es = new I18n('es');
    const lines = allLines();
    expect(lines.length).toBeGreaterThan(40);
    for (const l of lines) {
      expect(messages.es[`line.${l.key}`], l.key).toBeTruthy();
      // Raw params: i18n.line re-formats every param with Intl, which on Node 20 refuses more than
      // 20 fraction digits (repeating decimals such as $20,000 / 12 carry ~57).
      const text = interpolate(messages.es[`line.${l.key}`]!, l.params);
      expect(text, `${l.key}: ${text}`).not.toMatch(/\{\w+\}/);
    }
    const capped = lines.find((l) => l.key === 'quicksight.legacy.reader.capped')!;
    // The engine's params are plain decimals ("0.3", "5"): cents are not padded.
    expect(es.line(capped)).toMatch(/^Ventas: 21 sesiones × 0,30? US\$ = 6,30? US\$, con el tope de 5(,00)? US\$ por lector$/);
  });
});
