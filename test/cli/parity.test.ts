/**
 * The app's examples, exported to JSON with the app's own export function, give on the command
 * line the same cents and nines as the browser: the CLI's figures are compared with what
 * evaluateScenario and the app's formatters produce (the browser tests check that the results
 * panel shows those), in English and in Spanish.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/data/presets.ts';
import { bundleJson } from '../../src/lib/state/export-json.ts';
import type { ScenarioDoc } from '../../src/lib/state/scenario.svelte.ts';
import { evaluateScenario } from '../../src/engine/index.ts';
import { appCatalogs } from '../../src/lib/state/catalogs.ts';
import { I18n } from '../../src/lib/i18n/i18n.svelte.ts';
import { registerBundles } from '../../src/lib/i18n/messages/index.ts';
import { allBundles } from '../../src/lib/i18n/messages/all.ts';
import { durationText, ninesText, percentText } from '../../src/lib/components/availability/availability-view.ts';
import { cli } from './helpers.ts';

registerBundles(allBundles);
// As the app's example picker adds them to the workspace (PresetPicker.svelte), then exported.
const exported = bundleJson(PRESETS.map((p) => ({ ...structuredClone(p.build()), id: p.id }) as ScenarioDoc));

describe.each(['en', 'es'] as const)('the examples in %s', (lang) => {
  it('evaluate to the same cents, percent, nines and downtime as in the browser', async () => {
    const r = await cli(['evaluate', 'examples.json', '--format', 'json', '--lang', lang], { 'examples.json': exported });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { scenarios: { name: string; monthlyText: string; annualText: string; components: { monthlyText: string }[]; availability: { percentText: string; ninesText: string; downtime: { text: string }[] } | null }[] };
    const i18n = new I18n(lang);
    expect(report.scenarios).toHaveLength(PRESETS.length);
    PRESETS.forEach((preset, i) => {
      const app = evaluateScenario(preset.build(), appCatalogs);
      const got = report.scenarios[i]!;
      expect(got.name).toBe(app.name);
      expect(got.monthlyText).toBe(i18n.money(app.monthlyTotal));
      expect(got.annualText).toBe(i18n.money(app.annualTotal));
      expect(got.components.map((c) => c.monthlyText)).toEqual(app.components.map((c) => i18n.money(c.monthly)));
      const a = app.availability;
      if (!a) expect(got.availability).toBeNull();
      else {
        expect(got.availability?.percentText).toBe(percentText(i18n, a.availability, a.unavailability));
        expect(got.availability?.ninesText).toBe(ninesText(i18n, a.nines));
        const rows = a.downtime.rows.filter((row) => ['year', 'month', 'week'].includes(row.period));
        expect(got.availability?.downtime.map((d) => d.text)).toEqual(rows.map((row) => durationText(i18n, row.duration)));
      }
    });
  });
});

it('the sales dashboard example costs $847.80 a month on the command line', async () => {
  // 3 authors x $18 = $54.00; 150 reps x 12 sessions x $0.30 = $540.00; 50 managers at the $5.00 cap
  // = $250.00; SPICE 40 GB - 30 included = 10 GB x $0.38 = $3.80. Total $847.80.
  const r = await cli(['evaluate', 'examples.json'], { 'examples.json': exported });
  expect(r.out).toMatch(/Sales dashboard\s+QuickSight\s+\$847\.80\s+\$10,173\.60/);
});
