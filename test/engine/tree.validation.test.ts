/**
 * Parsing the architecture tree (availability/tree.ts): every check of a node, with its error code,
 * path and params as the user reads them, and what a valid node parses into (its availability
 * source, its k-of-n counts, its failover rate and switching fraction).
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NODES, evaluateAvailability, parseArchitecture } from '../../src/engine/index.ts';
import { parseComponentSpec, type ParsedNode } from '../../src/engine/availability/tree.ts';
import { errorOf, phraseText } from './helpers.ts';

const leaf = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'component', id, percent: '99.9', ...extra });
const comp = (id: string, fields: Record<string, unknown>) => ({ kind: 'component', id, ...fields });

/** Code, path and the English text of the `expected`/`got`/`value` params. */
function summary(fn: () => unknown): (string | undefined)[] {
  const e = errorOf(fn);
  return [e.code, e.path, phraseText(e.params.expected, e.params), phraseText(e.params.got, e.params)];
}

/** `node` wrapped in `levels` single-child series, so it sits at depth `levels`. */
function nested(levels: number, node: unknown): unknown {
  let n = node;
  for (let i = levels - 1; i >= 0; i--) n = { kind: 'series', id: `s${i}`, children: [n] };
  return n;
}
/** The path of the node at depth `levels` of {@link nested}, under `base`. */
const nestedPath = (levels: number, base = 'a'): string => [base, ...Array.from({ length: levels }, () => 'children.0')].join('.');

describe('a component gives its availability in exactly one way', () => {
  it('none given: the error names the four ways and says none was given', () => {
    expect(summary(() => parseArchitecture({ kind: 'component', id: 'c' }, {}, 'a'))).toEqual([
      'invalid_type',
      'a',
      'exactly one of percent, fraction, mtbfHours with mttrHours, or sla',
      'none',
    ]);
  });

  it('two or more given: the error lists the ones given, in the order percent, fraction, mtbfHours, sla', () => {
    expect(summary(() => parseArchitecture(comp('c', { percent: '99', fraction: '0.99' }), {}, 'a'))[3]).toBe('percent, fraction');
    expect(summary(() => parseArchitecture(comp('c', { sla: 'x', mttrHours: '1', percent: '99' }), {}, 'a'))[3]).toBe('percent, sla, mtbfHours');
  });

  it('a field set to null or undefined counts as absent', () => {
    const p = parseArchitecture(comp('c', { percent: '99.5', fraction: null, mtbfHours: undefined, sla: null, slaOverride: null, replicas: null }));
    expect(p.kind === 'component' && [p.source.type, p.replicas, p.single.a.toFixed()]).toEqual(['percent', 1, '0.995']);
    const none = errorOf(() => parseArchitecture(comp('c', { percent: null, fraction: undefined })));
    expect(phraseText(none.params.got)).toBe('none');
  });

  it('a percent is read as a percent source (99.95% = 0.9995, U = 0.0005); its path names the field', () => {
    const p = parseArchitecture(comp('c', { percent: '99.95' }));
    if (p.kind !== 'component') throw new Error('not a component');
    expect([p.source.type, p.source.type === 'percent' && p.source.percent.toFixed()]).toEqual(['percent', '99.95']);
    expect([p.single.a.toFixed(), p.single.u.toFixed()]).toEqual(['0.9995', '0.0005']);
    expect(summary(() => parseArchitecture(comp('c', { percent: 'abc' }), {}, 'a')).slice(0, 2)).toEqual(['not_a_number', 'a.percent']);
    const r = evaluateAvailability({ architecture: comp('c', { percent: '99.95' }) });
    expect(r.lines.filter((l) => l.key.startsWith('availability.component.')).map((l) => l.key)).toEqual(['availability.component.percent']);
  });

  it('a fraction is read as a fraction source (0.999 = 99.9%), at most 1', () => {
    const p = parseArchitecture(comp('c', { fraction: '0.999' }));
    if (p.kind !== 'component') throw new Error('not a component');
    expect([p.source.type, p.source.type === 'fraction' && p.source.fraction.toFixed()]).toEqual(['fraction', '0.999']);
    expect([p.single.a.toFixed(), p.single.u.toFixed()]).toEqual(['0.999', '0.001']);
    const e = errorOf(() => parseArchitecture(comp('c', { fraction: '1.5' }), {}, 'a'));
    expect([e.code, e.path, e.params.max]).toEqual(['too_large', 'a.fraction', '1']);
    const r = evaluateAvailability({ architecture: comp('c', { fraction: '0.999' }) });
    expect(r.lines.filter((l) => l.key.startsWith('availability.component.')).map((l) => l.key)).toEqual(['availability.component.fraction']);
  });
});

describe('a component from the SLA catalog', () => {
  it('the SLA id must be non-blank text', () => {
    expect(summary(() => parseArchitecture(comp('c', { sla: 5 }), {}, 'a'))).toEqual(['invalid_type', 'a.sla', 'an SLA id from the catalog', 'number']);
    expect(summary(() => parseArchitecture(comp('c', { sla: '   ' }), { '   ': '99' }, 'a'))).toEqual(['invalid_type', 'a.sla', 'an SLA id from the catalog', 'string']);
    expect(summary(() => parseArchitecture(comp('c', { sla: true }), {}, 'a'))[3]).toBe('boolean');
  });

  it('an id not in the catalog is quoted (cut to 64 characters) and the catalog named', () => {
    const id = 'q'.repeat(80);
    const e = errorOf(() => parseArchitecture(comp('c', { sla: id }), {}, 'a'));
    expect([e.code, e.path, e.params.value, phraseText(e.params.where)]).toEqual(['unknown_price', 'a.sla', 'q'.repeat(64), 'the SLA catalog']);
  });

  it('the catalog entry is a percent of at most 100, reported at <slaPath>.<id>', () => {
    const e = errorOf(() => parseArchitecture(comp('c', { sla: 'x' }), { x: '100.5' }, 'a', 'cat'));
    expect([e.code, e.path, e.params.max]).toEqual(['too_large', 'cat.x', '100']);
    // the default catalog path is "slas"
    expect(errorOf(() => parseArchitecture(comp('c', { sla: 'x' }), { x: 'abc' })).path).toBe('slas.x');
    const p = parseArchitecture(comp('c', { sla: 'x' }), { x: '99.5' });
    expect(p.kind === 'component' && p.source).toMatchObject({ type: 'sla', slaId: 'x', overridden: false });
    expect(p.kind === 'component' && p.single.u.toFixed()).toBe('0.005');
  });

  it('slaOverride replaces the catalog percent (at most 100), and is refused without sla', () => {
    const p = parseArchitecture(comp('c', { sla: 'x', slaOverride: '99.9' }), {});
    expect(p.kind === 'component' && p.source).toMatchObject({ type: 'sla', slaId: 'x', overridden: true });
    expect(p.kind === 'component' && p.single.a.toFixed()).toBe('0.999');
    const e = errorOf(() => parseArchitecture(comp('c', { sla: 'x', slaOverride: '100.01' }), {}, 'a'));
    expect([e.code, e.path, e.params.max]).toEqual(['too_large', 'a.slaOverride', '100']);
    expect(summary(() => parseArchitecture(comp('c', { fraction: '0.9', slaOverride: '99' }), {}, 'a')).slice(0, 3)).toEqual([
      'invalid_type',
      'a.slaOverride',
      'slaOverride only together with sla',
    ]);
  });

  it('the catalog must be an object of percents by id', () => {
    for (const bad of [null, 'x', 7, ['99']]) {
      expect(summary(() => parseArchitecture(leaf('c'), bad, 'a', 'cat')).slice(0, 3)).toEqual(['invalid_type', 'cat', 'an object of SLA percents by id']);
    }
    expect(errorOf(() => parseArchitecture(leaf('c'), null)).path).toBe('slas');
  });
});

describe('node kinds', () => {
  it('a missing, null or empty kind is required', () => {
    for (const kind of [undefined, null, '']) {
      const e = errorOf(() => parseArchitecture({ kind, id: 'n' }, {}, 'a'));
      expect([e.code, e.path]).toEqual(['required', 'a.kind']);
    }
  });

  it('an unknown kind is quoted (cut to 40 characters) with the allowed kinds', () => {
    const e = errorOf(() => parseArchitecture({ kind: 'm'.repeat(60), id: 'n' }, {}, 'a'));
    expect([e.code, e.path, e.params.value, e.params.allowed]).toEqual(['unknown_option', 'a.kind', 'm'.repeat(40), 'component, series, parallel, k-of-n, failover']);
    const n = errorOf(() => parseArchitecture({ kind: 5, id: 'n' }, {}, 'a'));
    expect([n.code, n.path, phraseText(n.params.value)]).toEqual(['unknown_option', 'a.kind', 'number']);
  });

  it('a node must be an object', () => {
    expect(summary(() => parseArchitecture('x', {}, 'a'))).toEqual(['invalid_type', 'a', 'an architecture node (an object with a kind)', 'string']);
    expect(errorOf(() => parseArchitecture(null, {}, 'a')).code).toBe('required');
  });
});

describe('series and parallel groups', () => {
  it('children null or missing: an empty group', () => {
    for (const children of [null, undefined, []]) {
      const e = errorOf(() => parseArchitecture({ kind: 'parallel', id: 'p', children }, {}, 'a'));
      expect([e.code, e.path]).toEqual(['empty_group', 'a.children']);
    }
  });

  it('children must be a list of nodes', () => {
    expect(summary(() => parseArchitecture({ kind: 'series', id: 's', children: 'ab' }, {}, 'a'))).toEqual(['invalid_type', 'a.children', 'a list of nodes', 'string']);
    expect(summary(() => parseArchitecture({ kind: 'series', id: 's', children: { 0: leaf('c') } }, {}, 'a'))[3]).toBe('object');
  });

  it('a list of more than 5,000 children is too large before any child is read', () => {
    const e = errorOf(() => parseArchitecture({ kind: 'series', id: 's', children: new Array(MAX_NODES + 1).fill(null) }, {}, 'a'));
    expect([e.code, e.path, phraseText(e.params.value, e.params), e.params.count, e.params.max]).toEqual(['too_large', 'a.children', '5001 nodes', '5001', '5000']);
  });
});

describe('nesting depth: the root is level 0, level 32 is the deepest', () => {
  it('a k-of-n group at level 31 is fine; at level 32 its member (level 33) is too deep', () => {
    const kofn = { kind: 'k-of-n', id: 'g', k: 1, n: 2, member: leaf('m') };
    const ok = parseArchitecture(nested(MAX_DEPTH - 1, kofn), {}, 'a');
    expect(ok.kind).toBe('series');
    const e = errorOf(() => parseArchitecture(nested(MAX_DEPTH, kofn), {}, 'a'));
    expect([e.code, e.path, e.params.max]).toEqual(['too_deep', `${nestedPath(MAX_DEPTH)}.member`, '32']);
  });

  it('a failover at level 31 may hold components (level 32) but not groups of them (level 33)', () => {
    const fo = (primary: unknown, standby: unknown) => ({ kind: 'failover', id: 'f', primary, standby, switchSeconds: '30', failuresPerYear: '1' });
    expect(() => parseArchitecture(nested(MAX_DEPTH - 1, fo(leaf('p'), leaf('s'))))).not.toThrow();
    const p = errorOf(() => parseArchitecture(nested(MAX_DEPTH - 1, fo({ kind: 'series', id: 'ps', children: [leaf('p')] }, leaf('s'))), {}, 'a'));
    expect([p.code, p.path]).toEqual(['too_deep', `${nestedPath(MAX_DEPTH - 1)}.primary.children.0`]);
    const s = errorOf(() => parseArchitecture(nested(MAX_DEPTH - 1, fo(leaf('p'), { kind: 'series', id: 'ss', children: [leaf('s')] })), {}, 'a'));
    expect([s.code, s.path]).toEqual(['too_deep', `${nestedPath(MAX_DEPTH - 1)}.standby.children.0`]);
  });
});

describe('k-of-n groups', () => {
  it('parses k and n as counts, and the member as a component', () => {
    const g = parseArchitecture({ kind: 'k-of-n', id: 'g', name: 'Quorum', k: '2', n: 3, member: leaf('m') }, {}, 'a');
    if (g.kind !== 'k-of-n') throw new Error('not k-of-n');
    expect([g.id, g.name, g.path, g.k, g.n, g.member.id, g.member.path]).toEqual(['g', 'Quorum', 'a', 2, 3, 'm', 'a.member']);
  });

  it('the member must be a component object', () => {
    const e = errorOf(() => parseArchitecture({ kind: 'k-of-n', id: 'g', k: 1, n: 2, member: { kind: 'series', id: 's', children: [leaf('c')] } }, {}, 'a'));
    expect([e.code, e.path, phraseText(e.params.expected), e.params.got]).toEqual(['invalid_type', 'a.member.kind', 'a component (k-of-n members are n identical parts)', 'series']);
    expect(summary(() => parseArchitecture({ kind: 'k-of-n', id: 'g', k: 1, n: 2, member: [] }, {}, 'a'))).toEqual(['invalid_type', 'a.member', 'a component', 'a list']);
    expect(errorOf(() => parseArchitecture({ kind: 'k-of-n', id: 'g', k: 1, n: 2 }, {}, 'a')).path).toBe('a.member');
  });
});

describe('failover pairs', () => {
  const fo = (extra: Record<string, unknown>) => ({ kind: 'failover', id: 'f', primary: leaf('p'), standby: leaf('s'), switchSeconds: '36', ...extra });

  it('failuresPerYear: the switch fraction is failures x seconds / 31,536,000', () => {
    const p = parseArchitecture(fo({ failuresPerYear: '10' }), {}, 'a') as ParsedNode;
    if (p.kind !== 'failover') throw new Error('not a failover');
    // 10 x 36 s = 360 s of a 31,536,000 s year = 0.000011415525114155...
    expect(p.rate.type).toBe('failuresPerYear');
    expect(p.switchSeconds.toFixed()).toBe('36');
    expect(p.switchFraction.toFixed(12)).toBe('0.000011415525');
    expect([p.primary.path, p.standby.path]).toEqual(['a.primary', 'a.standby']);
  });

  it('primaryMtbfHours: the switch fraction is seconds / (MTBF x 3,600), and the rate says it was given', () => {
    const p = parseArchitecture(fo({ primaryMtbfHours: '100' }));
    if (p.kind !== 'failover') throw new Error('not a failover');
    // 36 s / (100 h x 3,600 s) = 0.0001
    expect(p.switchFraction.toFixed()).toBe('0.0001');
    expect(p.rate.type === 'mtbf' && [p.rate.mtbfHours.toFixed(), p.rate.fromPrimary]).toEqual(['100', false]);
  });

  it('without a rate, a primary component given by MTBF lends its MTBF', () => {
    const p = parseArchitecture(fo({ primary: comp('p', { mtbfHours: '200', mttrHours: '1' }) }));
    if (p.kind !== 'failover') throw new Error('not a failover');
    // 36 s / (200 h x 3,600 s) = 0.00005
    expect(p.switchFraction.toFixed()).toBe('0.00005');
    expect(p.rate.type === 'mtbf' && [p.rate.mtbfHours.toFixed(), p.rate.fromPrimary]).toEqual(['200', true]);
  });

  it('without a rate, any other primary (a percent, a group) leaves the rate required', () => {
    for (const primary of [leaf('p'), { kind: 'series', id: 'ps', children: [comp('x', { mtbfHours: '200', mttrHours: '1' })] }]) {
      const e = errorOf(() => parseArchitecture(fo({ primary }), {}, 'a'));
      expect([e.code, e.path]).toEqual(['required', 'a.failuresPerYear']);
    }
  });

  it('each number is reported at its own field', () => {
    const at = (extra: Record<string, unknown>) => {
      const e = errorOf(() => parseArchitecture(fo(extra), {}, 'a'));
      return [e.code, e.path];
    };
    expect(at({ switchSeconds: 'abc', failuresPerYear: '1' })).toEqual(['not_a_number', 'a.switchSeconds']);
    expect(at({ failuresPerYear: 'abc' })).toEqual(['not_a_number', 'a.failuresPerYear']);
    expect(at({ primaryMtbfHours: 'abc' })).toEqual(['not_a_number', 'a.primaryMtbfHours']);
    expect(at({ primaryMtbfHours: '0' })).toEqual(['not_positive', 'a.primaryMtbfHours']);
    expect(at({ primary: undefined, failuresPerYear: '1' })).toEqual(['required', 'a.primary']);
    expect(at({ primary: leaf('p', { percent: 'x' }), failuresPerYear: '1' })).toEqual(['not_a_number', 'a.primary.percent']);
    expect(at({ standby: leaf('s', { percent: 'x' }), failuresPerYear: '1' })).toEqual(['not_a_number', 'a.standby.percent']);
    const both = errorOf(() => parseArchitecture(fo({ failuresPerYear: '1', primaryMtbfHours: '10' }), {}, 'a'));
    expect(phraseText(both.params.expected)).toBe('either failuresPerYear or primaryMtbfHours, not both');
  });
});

describe('parseComponentSpec: one component on its own', () => {
  it('reads a component, with the default catalog path "slas"', () => {
    expect(parseComponentSpec(leaf('w')).id).toBe('w');
    expect(errorOf(() => parseComponentSpec(comp('c', { sla: 'x' }), { x: 'abc' })).path).toBe('slas.x');
    expect(errorOf(() => parseComponentSpec(comp('c', { sla: 'x' }), { x: 'abc' }, 'p', 'cat')).path).toBe('cat.x');
    expect(errorOf(() => parseComponentSpec(comp('c', {}))).path).toBe('');
  });

  it('refuses a group, naming its kind', () => {
    expect(summary(() => parseComponentSpec({ kind: 'series', id: 's', children: [leaf('c')] }, {}, 'p'))).toEqual(['invalid_type', 'p.kind', 'a component', 'series']);
    expect(errorOf(() => parseComponentSpec({ kind: 'parallel', id: 's', children: [leaf('c')] })).path).toBe('kind');
  });
});
