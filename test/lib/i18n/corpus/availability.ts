/**
 * Results that make the availability calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import {
  CONVENTION_NAMES,
  downtimeTable,
  errorBudgetRequests,
  errorBudgetTime,
  evaluateAvailability,
  resolveConvention,
  slaCredit,
  type LineItem,
  type NodeSpec,
  type SlaEntry,
} from '../../../../src/engine/index.ts';
import { Dec } from '../../../../src/engine/decimal.ts';
import { SLA_CATALOG, defaultSlas, findSla } from '../../../../src/data/slas.ts';
import { collectLines } from './collect.ts';

const pct = (id: string, percent: string): NodeSpec => ({ kind: 'component', id, name: `Part ${id}`, percent });

export function availabilityLines(): LineItem[] {
  const slas = defaultSlas();
  const run = (architecture: NodeSpec, extra: Record<string, unknown> = {}) => evaluateAvailability({ architecture, ...extra }, slas);
  const route53 = findSla('route53')!;
  const elbSingle = findSla('elb-single-az')!;
  const rds = findSla('rds-multi-az')!;
  // Days-based SLAs (the catalog's Route 53 ships no tiers): tiers confirmed, or not (the last one is then a minimum).
  const daysUnconfirmed: SlaEntry = { ...route53, tiersConfirmed: false, tiers: [{ below: '100', atLeast: '99.99', credit: '1' }, { below: '99.99', credit: '3' }] };
  const daysNoTiers: SlaEntry = { ...route53, tiersConfirmed: false, tiers: [] };
  const percentNoTiers: SlaEntry = { ...rds, tiersConfirmed: false, tiers: [] };
  const percentUnconfirmed: SlaEntry = { ...rds, tiersConfirmed: false };
  const daysConfirmed: SlaEntry = { ...daysUnconfirmed, tiersConfirmed: true };
  const member: NodeSpec & { kind: 'component' } = { kind: 'component', id: 'w', name: 'web', fraction: '0.9' };
  return collectLines([
    // Every catalog SLA in one series (each service's name), one with the user's own value, and
    // every source of an availability: percent, fraction, MTBF/MTTR, replicas.
    run({
      kind: 'series',
      id: 'all',
      name: 'Every SLA',
      children: [
        ...SLA_CATALOG.map((e, i): NodeSpec => ({ kind: 'component', id: `sla-${e.id}`, name: `Service ${i + 1}`, sla: e.id })),
        { kind: 'component', id: 'own', name: 'Own', sla: 'rds-multi-az', slaOverride: '99.9' },
      ],
    }),
    run(
      {
        kind: 'series',
        id: 's',
        name: 'Stack',
        children: [
          { kind: 'parallel', id: 'p', name: 'Pool', children: Array.from({ length: 12 }, (_, i) => pct(`p${i}`, '90')) },
          { kind: 'parallel', id: 'pair', name: 'Pair', children: [pct('a', '99.9'), pct('b', '99.9')] },
          { kind: 'component', id: 'm', name: 'Disk', mtbfHours: '1000', mttrHours: '2', replicas: 2 },
          { kind: 'component', id: 'f', name: 'Queue', fraction: '0.99' },
          { kind: 'component', id: 'one', name: 'One', mtbfHours: '1', mttrHours: '0' },
        ],
      },
      { requests: '1000000' },
    ),
    run({ kind: 'series', id: 'long', name: 'Chain', children: Array.from({ length: 12 }, (_, i) => pct(`c${i}`, '99')) }, { requests: '1234567' }),
    run({ kind: 'series', id: 'one-request', children: [pct('x', '99.9')] }, { requests: '1000' }),
    // Perfect: no finite nines.
    run({ kind: 'component', id: 'dns', name: 'DNS', sla: 'route53' }),
    // k-of-n with the terms listed (one term, several) and without.
    run({ kind: 'k-of-n', id: 'k1', name: 'Servers', k: 3, n: 3, member }),
    run({ kind: 'k-of-n', id: 'k2', name: 'Servers', k: 2, n: 3, member }),
    run({ kind: 'k-of-n', id: 'k3', name: 'Servers', k: 2, n: 9, member }),
    // Failovers: a rate per year, an MTBF, and a switch time so long the pair is clamped.
    run({ kind: 'failover', id: 'db', name: 'Database', primary: pct('pr', '99.9'), standby: pct('sb', '99.9'), switchSeconds: '60', failuresPerYear: '4' }),
    run({ kind: 'failover', id: 'db2', name: 'Database', primary: pct('pr', '99.9'), standby: pct('sb', '99.9'), switchSeconds: '60', primaryMtbfHours: '720' }),
    run({ kind: 'failover', id: 'db3', name: 'Database', primary: pct('pr', '99.9'), standby: pct('sb', '99.9'), switchSeconds: '86400', failuresPerYear: '400' }),
    // Every downtime convention (the calendar month with its month), durations from days to a tiny fraction.
    ...CONVENTION_NAMES.flatMap((c) => ['0.5', '0.001', '1e-12', '0'].map((u) => downtimeTable(new Dec(u), resolveConvention({ convention: c, month: '2024-02' })))),
    // Error budgets in time and in requests (whole, fractional, one).
    errorBudgetTime(new Dec('0.001'), '2419200'),
    errorBudgetRequests(new Dec('0.001'), '1000'),
    errorBudgetRequests(new Dec('0.001'), '1500'),
    // SLA credits: met, a tier with and without a lower bound, unconfirmed tiers, a minimum, unknown tiers, in percent and in days.
    slaCredit(rds, '99.95'),
    slaCredit(rds, '99.0'),
    slaCredit(rds, '90'),
    slaCredit(elbSingle, '99.5'),
    slaCredit(elbSingle, '90'),
    slaCredit(findSla('lambda')!, '90'),
    slaCredit(route53, '99.95'),
    slaCredit(route53, '99'),
    slaCredit(daysUnconfirmed, '99.995'),
    slaCredit(daysUnconfirmed, '99'),
    slaCredit(daysNoTiers, '99'),
    slaCredit(percentNoTiers, '99'),
    slaCredit(percentUnconfirmed, '99.0'),
    slaCredit(daysConfirmed, '99.95'),
    slaCredit(daysConfirmed, '99'),
  ]);
}
