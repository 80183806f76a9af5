import { emptyScenario, type QuickSightDoc, type ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';

type Usage = QuickSightDoc['usage'];

/** A scenario with one QuickSight component: no authors, one group "Sales" of 200 readers x 17 sessions. */
export function qsDoc(usage: Partial<Usage> = {}, extra: Partial<QuickSightDoc> = {}): ScenarioDoc {
  const doc = emptyScenario('Test', 's1');
  const c: QuickSightDoc = {
    id: 'qs1',
    type: 'quicksight',
    name: 'BI',
    model: 'legacy',
    usage: {
      edition: 'enterprise',
      authorsAnnual: '0',
      authorsMonthly: '0',
      readerGroups: [{ name: 'Sales', readers: '200', sessionsPerReader: '17', emailedReportsPerReader: '0' }],
      ...usage,
    },
    ...extra,
  };
  doc.components = [c];
  return doc;
}
