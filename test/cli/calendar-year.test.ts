/**
 * The command line's per-component year is the year the totals count: for an EC2 schedule priced
 * on a calendar month, the 12 calendar months from it summed (as the app's table), not 12 x that month.
 */
import { expect, it } from 'vitest';
import { evaluateScenario, type ScenarioInput } from '../../src/engine/index.ts';
import { appCatalogs } from '../../src/lib/state/catalogs.ts';
import { scenarioFigures } from '../../src/cli/figures.ts';
import { cliI18n } from '../../src/cli/i18n.ts';

it('a calendar-month schedule: the component year is its 12 calendar months, and the years add up to the annual total', () => {
  const doc: ScenarioInput = {
    format: 'nubecalc-scenario',
    version: 2,
    components: [
      {
        id: 'dev', type: 'ec2', name: 'Dev',
        input: { region: 'us-east-1', instanceType: 't3.medium', count: '1', schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid' }, monthMode: 'calendar', yearMonth: '2026-03' },
      },
    ],
  };
  const r = evaluateScenario(doc, appCatalogs);
  const f = scenarioFigures('test', r, cliI18n('en'));
  expect(f.components[0]?.annual).toBe(r.components[0]?.annual.toFixed());
  expect(f.components[0]?.annual).not.toBe(r.components[0]?.monthly.times(12).toFixed());
  expect(f.annual).toBe(f.components[0]?.annual);
});
