import { emptyScenario, type ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';
import type { NodeSpec } from '../../../src/lib/state/factories.ts';

/** A scenario with this architecture (or none). */
export function archDoc(architecture: NodeSpec | null = null, change: (d: ScenarioDoc) => void = () => {}): ScenarioDoc {
  const doc = emptyScenario('Test', 's-test');
  doc.architecture = architecture;
  change(doc);
  return doc;
}

/** series(ELB multi-AZ, 2 of 3 EC2 single instances, RDS Multi-AZ): the course's three-tier example. */
export function threeTier(): NodeSpec {
  return {
    kind: 'series',
    id: 'root',
    name: 'Web application',
    children: [
      { kind: 'component', id: 'elb', name: 'ELB', sla: 'elb-multi-az' },
      { kind: 'k-of-n', id: 'web', name: 'Web servers', k: '2', n: '3', member: { kind: 'component', id: 'web-ec2', name: 'EC2 instance', sla: 'ec2-instance' } },
      { kind: 'component', id: 'rds', name: 'RDS Multi-AZ', sla: 'rds-multi-az' },
    ],
  };
}
