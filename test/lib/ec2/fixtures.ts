import { emptyScenario, type Ec2Doc, type ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';
import { newEc2 } from '../../../src/lib/state/factories.ts';

/** A scenario with one EC2 component; `change` adjusts the component before mounting. */
export function ec2Doc(change: (c: Ec2Doc) => void = () => {}): ScenarioDoc {
  const c = newEc2('Dev');
  c.id = 'ec2-test';
  change(c);
  const doc = emptyScenario('Test', 's-test');
  doc.components = [c];
  return doc;
}

/** Every day, all day. */
export const ALWAYS_ON = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[], start: '00:00', end: '24:00' }];
