/**
 * Benchmark: evaluating a 200-component scenario (issue target: under 5 ms median on a 2-core
 * machine), cold and as the app does it on each keystroke (one component changed). Run with
 * `npm run bench`; figures are printed, never asserted.
 */
import { bench, describe } from 'vitest';
import { createScenarioEvaluator, evaluateScenario, type ScenarioComponent, type ScenarioInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { defaultDevToolsPrices } from '../../src/data/devtools.ts';
import { defaultServicePrices } from '../../src/data/services.ts';
import type { NodeSpec } from '../../src/engine/availability/tree.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services: defaultServicePrices, devtools: defaultDevToolsPrices };

/** 200 components (QuickSight, CodeBuild, EC2 in turn) and a 200-leaf architecture. */
export function bigScenario(n = 200): ScenarioInput {
  const components: ScenarioComponent[] = [];
  const leaves: NodeSpec[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    if (i % 3 === 0) {
      components.push({ id, type: 'quicksight', model: 'legacy', usage: { authorsAnnual: '2', readerGroups: [{ readers: String(10 + i), visitsPerReader: '12', minutesPerVisit: '40' }] } });
    } else if (i % 3 === 1) {
      components.push({ id, type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: String(5 + i), per: 'day', durationSeconds: '185' }] } });
    } else {
      components.push({
        id, type: 'ec2',
        input: { region: 'us-east-1', instanceType: 't3.medium', count: '2', schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }], timeZone: 'Europe/Madrid' }, volumes: [{ type: 'gp3', sizeGb: '30' }] },
      });
    }
    leaves.push({ kind: 'component', id: `n${i}`, sla: i % 2 ? 'ec2-instance' : 'rds-multi-az', replicas: '2' });
  }
  return { format: 'nubecalc-scenario', version: 2, settings: { codeBuildFreeTier: true }, components, architecture: { kind: 'series', id: 'root', children: leaves } };
}

const big = bigScenario();
const calendar = bigScenario();
for (const c of calendar.components) if (c.type === 'ec2') (c.input as { monthMode?: string; yearMonth?: string }).monthMode = 'calendar';
for (const c of calendar.components) if (c.type === 'ec2') (c.input as { yearMonth?: string }).yearMonth = '2026-03';

const warm = createScenarioEvaluator(catalogs);
const edited = structuredClone(big);
let keystroke = 0;

describe('evaluateScenario', () => {
  bench('200 components: re-evaluation after one edit (the app, on each keystroke)', () => {
    // One reader count changes, as when a person types; the other 199 components are reused.
    keystroke = (keystroke + 1) % 1000;
    const qs = edited.components[0] as unknown as { usage: { readerGroups: { readers: string }[] } };
    qs.usage.readerGroups[0]!.readers = String(10 + keystroke);
    warm(edited);
  });
  bench('200 components + 200-leaf architecture (730-hour month)', () => {
    evaluateScenario(big, catalogs);
  });
  bench('200 components, EC2 in a calendar month with DST', () => {
    evaluateScenario(calendar, catalogs);
  });
});
