/**
 * Benchmarks of the availability engine (target: median under 5 ms each on the CI machine).
 * Run: npx vitest bench --run test/bench/availability.bench.ts
 */
import { bench, describe } from 'vitest';
import { evaluateAvailability, parseArchitecture, type NodeSpec } from '../../src/engine/index.ts';
import { fromFraction, kOfNAU } from '../../src/engine/availability/compose.ts';
import { d } from '../../src/engine/decimal.ts';
import { defaultSlas } from '../../src/data/slas.ts';

const slas = defaultSlas();

/** 500 web servers of 99.5%, at least 450 needed. */
const kOfN500 = {
  architecture: {
    kind: 'k-of-n',
    id: 'fleet',
    k: 450,
    n: 500,
    member: { kind: 'component', id: 'server', percent: '99.5' },
  },
};

const PERCENTS = ['99.9', '99.95', '99.99', '99.5', '99.999', '99.0', '99.97'];

/** 200 components: 20 regions (parallel pairs of 5-part series), 10 shared dependencies. */
function tree200(): NodeSpec {
  let next = 0;
  const comp = (): NodeSpec => {
    const i = next++;
    return i % 11 === 0
      ? { kind: 'component', id: `c${i}`, sla: 'rds-multi-az' }
      : i % 13 === 0
        ? { kind: 'component', id: `c${i}`, mtbfHours: '4380', mttrHours: '3' }
        : { kind: 'component', id: `c${i}`, percent: PERCENTS[i % PERCENTS.length]! };
  };
  const stack = (id: string): NodeSpec => ({ kind: 'series', id, children: Array.from({ length: 5 }, comp) });
  const regions: NodeSpec[] = Array.from({ length: 19 }, (_, r) => ({
    kind: 'parallel',
    id: `region${r}`,
    children: [stack(`r${r}a`), stack(`r${r}b`)],
  }));
  const shared: NodeSpec[] = Array.from({ length: 10 }, comp);
  return { kind: 'series', id: 'root', children: [...shared, ...regions] };
}
const big = { architecture: tree200(), convention: 'gregorian', requests: '1000000000' };

/** 200 components in series that all use catalog SLAs (each id used by about 7 of them). */
const SLA_IDS = Object.keys(slas);
const slaSeries = {
  architecture: { kind: 'series', id: 'root', children: Array.from({ length: 200 }, (_, i): NodeSpec => ({ kind: 'component', id: `s${i}`, sla: SLA_IDS[i % SLA_IDS.length]! })) },
};

describe('availability', () => {
  bench('k-of-n, n = 500 (450 of 500 at 99.5%), full evaluation', () => {
    evaluateAvailability(kOfN500, slas);
  });
  bench('k-of-n, n = 500, the sum alone', () => {
    kOfNAU(fromFraction(d('0.995')), 450, 500);
  });
  bench('200-component tree, full evaluation (nines, downtime, shares)', () => {
    evaluateAvailability(big, slas);
  });
  bench('200 SLA components in series, full evaluation', () => {
    evaluateAvailability(slaSeries, slas);
  });
  bench('200 SLA components in series, parsing alone', () => {
    parseArchitecture(slaSeries.architecture, slas);
  });
});
