/**
 * Priced architecture nodes (src/engine/scenario/architecture-cost.ts), checked against a small
 * made-up service catalog so every amount is hand arithmetic: which line explains each cost, its
 * key, params, amount and kind; what each node costs; every refusal with its code, path and params.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/engine/decimal.ts';
import { MAX_COST_ITEMS, priceArchitecture, type LinkableComponent, type ServicePrices } from '../../src/engine/scenario/architecture-cost.ts';
import { errorOf } from './helpers.ts';

const svc = {
  box: { price: '2.5', quantityUnit: 'hours', name: 'Box' },
  disk: { price: '0.1', quantityUnit: 'GB-month' },
  thing: { price: '3', quantityUnit: 'units', name: 'Thing' },
  reqs: { price: '0.2', quantityUnit: 'million requests', name: 'Requests' },
  odd: { price: '1', quantityUnit: 'toString', name: 'Odd' },
  glue: { price: '0.44', quantityUnit: 'hours', minimumSeconds: '60', name: 'Glue' },
  blankMin: { price: '1', quantityUnit: 'hours', minimumSeconds: '', name: 'Blank minimum' },
  broken: { price: 'abc', quantityUnit: 'hours' },
  notObj: 5,
  // An imported catalog may name a service "undefined": an item without a service is not it
  undefined: { price: '9', quantityUnit: 'hours', name: 'Undefined' },
} as unknown as ServicePrices;

type Items = readonly Record<string, unknown>[];
/** A component node priced from the catalog. */
const node = (items: Items, extra: Record<string, unknown> = {}) => ({ kind: 'component', id: 'x', percent: '99', cost: { type: 'catalog', items }, ...extra });
/** One copy costing `usd` (unitPrice x 1). */
const flat = (id: string, usd: string, extra: Record<string, unknown> = {}) => node([{ unitPrice: usd, quantity: '1' }], { id, ...extra });
const lineOf = <L extends { key: string }>(r: { lines: readonly L[] }, key: string) => r.lines.filter((l) => l.key === key);
const err = (tree: unknown, comps?: ReadonlyMap<string, LinkableComponent>) => errorOf(() => priceArchitecture(tree, svc, comps));

describe('a catalog item', () => {
  it('is quantity x the catalog price: one item line, then the total line', () => {
    // 4 h x $2.50 = $10.00
    const r = priceArchitecture(node([{ service: 'box', quantity: '4' }], { name: 'App' }), svc);
    expect(r.total.toFixed()).toBe('10');
    expect(r.lines.map((l) => l.key)).toEqual(['architecture.item', 'architecture.total']);
    const [item, total] = r.lines;
    expect(item).toMatchObject({ kind: 'info', unit: 'USD', params: { name: 'App', label: 'Box', quantity: '4', unit: '@msg:architecture.unit.hours', price: '$2.50', amount: '$10.00' } });
    expect(item!.amount.toFixed()).toBe('10');
    expect(item!.text).toBe('App: Box: 4 hours x $2.50 = $10.00');
    expect(total).toMatchObject({ kind: 'info', params: { amount: '$10.00' } });
    expect(total!.amount.toFixed()).toBe('10');
    expect(total!.text).toBe('Priced architecture: $10.00 per month (every copy counted)');
    expect([...r.byNode]).toEqual([['x', r.total]]);
    expect(r.unpriced).toEqual([]);
    expect(r.linkedComponents.size).toBe(0);
    expect(r.linkedNodeNames.size).toBe(0);
  });

  it('names the unit in words for hours, GB-month and units, and quotes any other unit as the catalog writes it', () => {
    const params = (items: Items) => priceArchitecture(node(items), svc).lines[0]!.params;
    // 3 GB-month x $0.10 = $0.30; the service has no name: its id is the label
    expect(params([{ service: 'disk', quantity: '3' }])).toMatchObject({ label: 'disk', unit: '@msg:architecture.unit.gbMonth', price: '$0.10', amount: '$0.30' });
    expect(priceArchitecture(node([{ service: 'disk', quantity: '3' }]), svc).lines[0]!.text).toBe('x: disk: 3 GB-month x $0.10 = $0.30');
    // 1 unit x $3 = $3.00
    expect(params([{ service: 'thing', quantity: '1' }])).toMatchObject({ label: 'Thing', unit: '@msg:architecture.unit.units' });
    expect(priceArchitecture(node([{ service: 'thing', quantity: '1' }]), svc).lines[0]!.text).toBe('x: Thing: 1 unit x $3.00 = $3.00');
    // 5 million requests x $0.20 = $1.00
    expect(params([{ service: 'reqs', quantity: '5' }])).toMatchObject({ unit: 'million requests', amount: '$1.00' });
    // A unit named like an Object method is not one of the engine's words
    expect(params([{ service: 'odd', quantity: '2' }]).unit).toBe('toString');
    // An item with only your price: labelled "item", in units
    expect(params([{ unitPrice: '4', quantity: '2' }])).toMatchObject({ label: 'item', unit: '@msg:architecture.unit.units', price: '$4.00', amount: '$8.00' });
  });

  it('labels an item by its label, else the service name, else the service id (cut to 64), else "item"', () => {
    const label = (it: Record<string, unknown>) => priceArchitecture(node([{ quantity: '1', ...it }]), svc).lines[0]!.params.label;
    expect(label({ service: 'box', label: 'Mine' })).toBe('Mine');
    expect(label({ service: 'box', label: '   ' })).toBe('Box');
    expect(label({ service: 'box', label: 7 })).toBe('Box');
    expect(label({ service: 'box', label: 'L'.repeat(250) })).toBe('L'.repeat(200));
    expect(label({ service: 'disk' })).toBe('disk');
    expect(label({ service: 'z'.repeat(100), unitPrice: '1' })).toBe('z'.repeat(64));
    expect(label({ unitPrice: '1' })).toBe('item');
  });

  it('your unit price replaces the catalog price (null does not)', () => {
    // 2 h x $3 (yours) = $6; with unitPrice null: 2 h x $2.50 = $5
    const yours = priceArchitecture(node([{ service: 'box', unitPrice: '3', quantity: '2' }]), svc);
    expect(yours.total.toFixed()).toBe('6');
    expect(yours.lines[0]!.params).toMatchObject({ label: 'Box', unit: '@msg:architecture.unit.hours', price: '$3.00' });
    expect(priceArchitecture(node([{ service: 'box', unitPrice: null, quantity: '2' }]), svc).total.toFixed()).toBe('5');
    // A price the catalog does not have, with your price: 3 x $1.25 = $3.75
    expect(priceArchitecture(node([{ service: 'nope', unitPrice: '1.25', quantity: '3' }]), svc).total.toFixed()).toBe('3.75');
  });

  it('sums a node\'s items, each on its own line', () => {
    // 4 h x $2.50 + 3 GB-month x $0.10 = $10 + $0.30 = $10.30
    const r = priceArchitecture(node([{ service: 'box', quantity: '4' }, { service: 'disk', quantity: '3' }]), svc);
    expect(r.total.toFixed()).toBe('10.3');
    expect(lineOf(r, 'architecture.item').map((l) => l.params.amount)).toEqual(['$10.00', '$0.30']);
  });

  it(`takes up to ${MAX_COST_ITEMS} items on one node, not one more`, () => {
    const items = (n: number) => Array.from({ length: n }, () => ({ unitPrice: '1', quantity: '1' }));
    expect(MAX_COST_ITEMS).toBe(50);
    expect(priceArchitecture(node(items(50)), svc).total.toFixed()).toBe('50');
    expect(err(node(items(51)))).toMatchObject({ code: 'too_large', path: 'architecture.cost.items', params: { value: '51', max: '50' } });
  });

  it('refuses a bad item with the path of the field', () => {
    const at = (items: unknown) => err(node(items as Items));
    expect(at(undefined)).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items', params: { expected: '@msg:error.expected.listOfPricedItems' } });
    expect(at({ 0: {} })).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items' });
    expect(at([5])).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items.0', params: { expected: '@msg:error.expected.pricedItem' } });
    expect(at([{ unitPrice: '1', quantity: '1' }, null])).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items.1' });
    expect(at([{ service: '', quantity: '1' }])).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items.0.service', params: { expected: '@msg:error.expected.serviceId' } });
    expect(at([{ service: 5, unitPrice: '1', quantity: '1' }])).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items.0.service', params: { expected: '@msg:error.expected.serviceId' } });
    expect(at([{ service: 'nope', quantity: '1' }])).toMatchObject({ code: 'unknown_price', path: 'architecture.cost.items.0.service', params: { value: 'nope', where: '@msg:error.where.serviceCatalog' } });
    expect(at([{ service: 'n'.repeat(100), quantity: '1' }]).params.value).toBe('n'.repeat(64));
    // An inherited name is not a service of the catalog
    expect(at([{ service: 'toString', quantity: '1' }])).toMatchObject({ code: 'unknown_price', path: 'architecture.cost.items.0.service', params: { value: 'toString' } });
    expect(at([{ quantity: '1' }])).toMatchObject({ code: 'required', path: 'architecture.cost.items.0.service' });
    expect(at([{ unitPrice: null, quantity: '1' }])).toMatchObject({ code: 'required', path: 'architecture.cost.items.0.service' });
    expect(at([{ service: 'box', unitPrice: 'abc', quantity: '1' }])).toMatchObject({ code: 'not_a_number', path: 'architecture.cost.items.0.unitPrice' });
    expect(at([{ service: 'box' }])).toMatchObject({ code: 'required', path: 'architecture.cost.items.0.quantity' });
    expect(at([{ service: 'box', quantity: '-1' }])).toMatchObject({ code: 'negative', path: 'architecture.cost.items.0.quantity' });
  });

  it('reads a catalog price only when it is used, and names the catalog entry when it is bad', () => {
    expect(err(node([{ service: 'broken', quantity: '1' }]))).toMatchObject({ code: 'not_a_number', path: 'services.broken.price' });
    expect(err(node([{ service: 'notObj', quantity: '1' }]))).toMatchObject({ code: 'invalid_type', path: 'services.notObj', params: { expected: '@msg:error.expected.servicePrice' } });
    // Your price: the broken catalog price is never read. 2 x $1 = $2
    expect(priceArchitecture(node([{ service: 'broken', unitPrice: '1', quantity: '2' }]), svc).total.toFixed()).toBe('2');
  });
});

describe('an item billed per run', () => {
  it('bills runs x max(seconds, the minimum) / 3,600 hours x what runs at once x the price', () => {
    // 30 runs x max(45 s, 60 s) = 1,800 s = 0.5 h x 10 at once x $0.44 = $2.20
    const r = priceArchitecture(node([{ service: 'glue', quantity: '10', runs: '30', secondsPerRun: '45' }], { name: 'ETL' }), svc);
    expect(r.total.toFixed()).toBe('2.2');
    expect(r.lines.map((l) => l.key)).toEqual(['architecture.itemRuns', 'architecture.total']);
    const l = r.lines[0]!;
    expect(l).toMatchObject({ kind: 'info', unit: 'USD' });
    expect(l.params).toEqual({ name: 'ETL', label: 'Glue', runs: '30', seconds: '45', minimum: '60', billed: '60', hours: '0.5', quantity: '10', price: '$0.44', amount: '$2.20' });
    expect(l.amount.toFixed()).toBe('2.2');
    expect(l.text).toBe('ETL: Glue: 30 runs x max(45 s, 60 s minimum) = 0.5 h x 10 at once x $0.44 per hour = $2.20');
  });

  it('bills the seconds themselves above the minimum', () => {
    // 40 runs x max(90 s, 60 s) = 3,600 s = 1 h x 2 at once x $0.44 = $0.88
    const l = priceArchitecture(node([{ service: 'glue', quantity: '2', runs: '40', secondsPerRun: '90' }]), svc).lines[0]!;
    expect(l.params).toMatchObject({ seconds: '90', minimum: '60', billed: '90', hours: '1', amount: '$0.88' });
    expect(l.amount.toFixed()).toBe('0.88');
  });

  it('has no minimum for an hourly service without one (or a blank one), nor for your own price', () => {
    // 120 runs x 30 s = 3,600 s = 1 h x 1 x $2.50 = $2.50
    const box = priceArchitecture(node([{ service: 'box', quantity: '1', runs: '120', secondsPerRun: '30' }]), svc).lines[0]!;
    expect(box.params).toMatchObject({ minimum: '0', billed: '30', hours: '1', amount: '$2.50' });
    // 120 runs x 30 s = 1 h x 1 x $1 = $1
    const blank = priceArchitecture(node([{ service: 'blankMin', quantity: '1', runs: '120', secondsPerRun: '30' }]), svc).lines[0]!;
    expect(blank.params).toMatchObject({ minimum: '0', billed: '30', amount: '$1.00' });
    // 1,200 runs x 3 s = 3,600 s = 1 h x 3 x $5 = $15
    const own = priceArchitecture(node([{ unitPrice: '5', quantity: '3', runs: '1200', secondsPerRun: '3' }]), svc).lines[0]!;
    expect(own.params).toMatchObject({ label: 'item', runs: '1,200', minimum: '0', billed: '3', hours: '1', amount: '$15.00' });
  });

  it('needs both runs and seconds, whole runs, and an hourly service', () => {
    const at = (it: Record<string, unknown>) => err(node([{ service: 'glue', quantity: '1', ...it }]));
    expect(at({ runs: '3' })).toMatchObject({ code: 'required', path: 'architecture.cost.items.0.secondsPerRun' });
    expect(at({ secondsPerRun: '3' })).toMatchObject({ code: 'required', path: 'architecture.cost.items.0.runs' });
    expect(at({ runs: '1.5', secondsPerRun: '3' })).toMatchObject({ code: 'not_integer', path: 'architecture.cost.items.0.runs' });
    expect(at({ runs: '2', secondsPerRun: 'x' })).toMatchObject({ code: 'not_a_number', path: 'architecture.cost.items.0.secondsPerRun' });
    expect(err(node([{ service: 'disk', quantity: '1', runs: '2', secondsPerRun: '5' }]))).toMatchObject({ code: 'invalid_type', path: 'architecture.cost.items.0.runs', params: { expected: '@msg:error.expected.hourlyService' } });
  });
});

describe('copies and groups', () => {
  it('bills every replica: a copies line with the price of one copy', () => {
    // 3 replicas x $10 = $30
    const r = priceArchitecture(flat('a', '10', { name: 'API', replicas: '3' }), svc);
    expect(r.total.toFixed()).toBe('30');
    const [copies] = lineOf(r, 'architecture.copies');
    expect(copies).toMatchObject({ kind: 'info', params: { name: 'API', each: '$10.00', copies: '3', amount: '$30.00' } });
    expect(copies!.amount.toFixed()).toBe('30');
    expect(copies!.text).toBe('API: $10.00 per copy x 3 copies = $30.00');
    // One replica (or none given, or null): no copies line
    for (const replicas of ['1', undefined, null]) {
      const one = priceArchitecture(flat('a', '10', { replicas }), svc);
      expect(one.total.toFixed()).toBe('10');
      expect(lineOf(one, 'architecture.copies')).toEqual([]);
    }
  });

  it('refuses replicas below 1 or not whole', () => {
    expect(err(flat('a', '1', { replicas: '0' }))).toMatchObject({ code: 'too_small', path: 'architecture.replicas' });
    expect(err(flat('a', '1', { replicas: '1.5' }))).toMatchObject({ code: 'not_integer', path: 'architecture.replicas' });
  });

  it('a k-of-n group bills its n members, each with its replicas', () => {
    // n = 3 members x 2 replicas = 6 copies x $10 = $60
    const r = priceArchitecture({ kind: 'k-of-n', id: 'g', k: '2', n: '3', member: flat('m', '10', { replicas: '2' }) }, svc);
    expect(r.total.toFixed()).toBe('60');
    expect(r.byNode.get('m')!.toFixed()).toBe('60');
    expect(r.byNode.get('g')!.toFixed()).toBe('60');
    expect(lineOf(r, 'architecture.copies')[0]!.params).toMatchObject({ each: '$10.00', copies: '6', amount: '$60.00' });
    // n = 1, no replicas: one copy, no copies line
    expect(lineOf(priceArchitecture({ kind: 'k-of-n', id: 'g', k: '1', n: '1', member: flat('m', '10') }, svc), 'architecture.copies')).toEqual([]);
    expect(err({ kind: 'k-of-n', id: 'g', k: '1', n: 'two', member: flat('m', '1') })).toMatchObject({ code: 'not_a_number', path: 'architecture.n' });
    expect(err({ kind: 'k-of-n', id: 'g', k: '1', n: '1', member: 7 })).toMatchObject({ code: 'invalid_type', path: 'architecture.member' });
  });

  it('series and parallel groups cost the sum of their children; a group without children costs nothing', () => {
    // $10 + $2.50 = $12.50; the parallel group inside: $2 + $0.50
    const tree = { kind: 'series', id: 's', children: [flat('a', '10'), { kind: 'parallel', id: 'p', children: [flat('b', '2'), flat('c', '0.5')] }] };
    const r = priceArchitecture(tree, svc);
    expect(r.total.toFixed()).toBe('12.5');
    expect(Object.fromEntries([...r.byNode].map(([k, v]) => [k, v.toFixed()]))).toEqual({ a: '10', b: '2', c: '0.5', p: '2.5', s: '12.5' });
    const empty = priceArchitecture({ kind: 'parallel', id: 'e' }, svc);
    expect(empty.total.isZero()).toBe(true);
    expect(empty.byNode.get('e')!.isZero()).toBe(true);
    expect(empty.lines.map((l) => l.key)).toEqual(['architecture.total']);
    expect(empty.lines[0]!.params.amount).toBe('$0.00');
    expect(err({ kind: 'series', id: 's', children: [flat('a', '1'), 'x'] })).toMatchObject({ code: 'invalid_type', path: 'architecture.children.1', params: { expected: '@msg:error.expected.architectureNode' } });
  });

  it('maps only string ids (a node with no id, or a non-string one, is priced but not listed)', () => {
    const r = priceArchitecture({ kind: 'series', children: [flat('a', '1'), { ...flat('', '2') }, { ...flat('z', '4'), id: 5 }] }, svc);
    // $1 + $2 + $4 = $7
    expect(r.total.toFixed()).toBe('7');
    expect([...r.byNode.keys()]).toEqual(['a']);
  });

  it('lists the components that carry no cost, by id', () => {
    const r = priceArchitecture({ kind: 'parallel', id: 'p', children: [{ kind: 'component', id: 'u', percent: '99' }, { kind: 'component', id: 'v', percent: '99', cost: null }, { kind: 'component', id: 5, percent: '99' }, flat('w', '3')] }, svc);
    expect(r.unpriced).toEqual(['u', 'v', '']);
    expect(r.byNode.get('u')!.isZero()).toBe(true);
    expect(r.total.toFixed()).toBe('3');
  });

  it('refuses a node that is not an object or has an unknown kind, at the given path', () => {
    expect(err(5)).toMatchObject({ code: 'invalid_type', path: 'architecture', params: { expected: '@msg:error.expected.architectureNode' } });
    expect(errorOf(() => priceArchitecture(null, svc, new Map(), 'tree'))).toMatchObject({ code: 'invalid_type', path: 'tree' });
    expect(err({ kind: 'mesh', id: 'm' })).toMatchObject({ code: 'invalid_type', path: 'architecture.kind', params: { expected: '@msg:error.expected.nodeKind' } });
    expect(errorOf(() => priceArchitecture(flat('a', '1', { replicas: '0' }), svc, new Map(), 'tree'))).toMatchObject({ path: 'tree.replicas' });
  });
});

describe('node names in the working', () => {
  it('is the name when it is not blank, else the id (cut to 200), else nothing', () => {
    const name = (extra: Record<string, unknown>) => priceArchitecture(flat('a', '1', extra), svc).lines[0]!.params.name;
    expect(name({ name: 'Front' })).toBe('Front');
    expect(name({ name: '  ' })).toBe('a');
    expect(name({ name: 3 })).toBe('a');
    expect(name({ name: 'N'.repeat(250) })).toBe('N'.repeat(200));
    expect(name({ id: 'I'.repeat(250) })).toBe('I'.repeat(200));
    expect(name({ id: 4 })).toBe('');
  });
});

describe('a cost spec', () => {
  it('refuses a cost that is not an object, or of an unknown type', () => {
    expect(err(node([], { cost: 'cheap' }))).toMatchObject({ code: 'invalid_type', path: 'architecture.cost', params: { expected: '@msg:error.expected.costObject' } });
    expect(err(node([], { cost: [] }))).toMatchObject({ code: 'invalid_type', path: 'architecture.cost' });
    expect(err(node([], { cost: { type: 'free' } }))).toMatchObject({ code: 'unknown_option', path: 'architecture.cost.type', params: { value: 'free', allowed: 'component, catalog' } });
    expect(err(node([], { cost: { type: 't'.repeat(50) } })).params.value).toBe('t'.repeat(40));
    expect(err(node([], { cost: { type: 5 } })).params.value).toBe('@msg:error.got.number');
    expect(err(node([], { cost: {} })).params.value).toBe('@msg:error.got.undefined');
  });
});

describe('a node linked to a component', () => {
  const comps = new Map<string, LinkableComponent>([
    ['web', { name: 'Web servers', monthly: new Dec('30') }],
    ['db', { name: 'Database', monthly: new Dec('12.5') }],
  ]);
  const link = (componentId: unknown, extra: Record<string, unknown> = {}) => ({ kind: 'component', id: 'n', percent: '99', cost: { type: 'component', componentId }, ...extra });

  it('costs what the component costs, for each copy, and remembers the link', () => {
    // 2 replicas x $30 = $60
    const r = priceArchitecture(link('web', { name: 'Front', replicas: '2' }), svc, comps);
    expect(r.total.toFixed()).toBe('60');
    expect(r.lines.map((l) => l.key)).toEqual(['architecture.linked', 'architecture.copies', 'architecture.total']);
    const l = r.lines[0]!;
    expect(l).toMatchObject({ kind: 'info', params: { name: 'Front', component: 'Web servers', amount: '$30.00' } });
    expect(l.amount.toFixed()).toBe('30');
    expect(l.text).toBe('Front: one copy costs what the component "Web servers" costs, $30.00 per month (counted here, not again among the components)');
    expect([...r.linkedComponents]).toEqual([['web', 'n']]);
    expect([...r.linkedNodeNames]).toEqual([['web', 'Front']]);
    // Unnamed: the node's id
    expect([...priceArchitecture(link('db'), svc, comps).linkedNodeNames]).toEqual([['db', 'n']]);
  });

  it('refuses a missing, unknown or twice-linked component', () => {
    for (const bad of [undefined, '', 5]) expect(err(link(bad), comps)).toMatchObject({ code: 'required', path: 'architecture.cost.componentId' });
    expect(err(link('nope'), comps)).toMatchObject({ code: 'unknown_option', path: 'architecture.cost.componentId', params: { value: 'nope', allowed: 'web, db' } });
    expect(err(link('q'.repeat(150)), comps).params.value).toBe('q'.repeat(100));
    // No components at all (the default)
    expect(err(link('web'))).toMatchObject({ code: 'unknown_option', params: { value: 'web', allowed: '@msg:error.allowed.noComponents' } });
    const many = new Map<string, LinkableComponent>(Array.from({ length: 40 }, (_, i) => [`component-${i}`, { name: 'c', monthly: new Dec(1) }]));
    expect(err(link('nope'), many).params.allowed).toBe([...many.keys()].join(', ').slice(0, 300));
    const twice = { kind: 'parallel', id: 'p', children: [link('web'), { ...link('web'), id: 'm' }] };
    expect(err(twice, comps)).toMatchObject({ code: 'duplicate_id', path: 'architecture.children.1.cost.componentId', params: { value: 'web' } });
    const long = 'L'.repeat(150);
    const longComps = new Map<string, LinkableComponent>([[long, { name: 'c', monthly: new Dec(1) }]]);
    expect(err({ kind: 'parallel', id: 'p', children: [link(long), link(long)] }, longComps).params.value).toBe('L'.repeat(100));
  });
});

describe('a failover group', () => {
  const fo = (extra: Record<string, unknown>, standby: unknown = flat('s', '100')) => ({ kind: 'failover', id: 'fo', primary: flat('p', '100'), standby, switchSeconds: '60', failuresPerYear: '4', ...extra });

  it('bills a warm standby at its share, and says what the full price would be', () => {
    // $100 + $100 x 12.5% = $112.50
    const r = priceArchitecture(fo({ name: 'Regions', standbyPricing: 'warm', standbyWarmPercent: '12.5' }), svc);
    expect(r.total.toFixed()).toBe('112.5');
    expect(r.byNode.get('s')!.toFixed()).toBe('12.5');
    expect(r.byNode.get('fo')!.toFixed()).toBe('112.5');
    const [w] = lineOf(r, 'architecture.warmStandby');
    expect(w).toMatchObject({ kind: 'info', params: { name: 'Regions', percent: '12.5', full: '$100.00', amount: '$12.50' } });
    expect(w!.amount.toFixed()).toBe('12.5');
    expect(w!.text).toBe('Regions: warm standby at 12.5% of its full price: $100.00 x 12.5% = $12.50');
  });

  it('a standby at 0% costs nothing', () => {
    const r = priceArchitecture(fo({ standbyPricing: 'warm', standbyWarmPercent: '0' }), svc);
    expect(r.total.toFixed()).toBe('100');
    expect(lineOf(r, 'architecture.warmStandby')[0]!.params).toEqual({ name: 'fo', percent: '0', full: '$0.00', amount: '$0.00' });
  });

  it('the share reaches every copy inside the standby, while the copies line quotes full copies', () => {
    // Standby: 2 replicas x $20 = $40 in full, at 25%: $10; primary $100 -> $110
    const r = priceArchitecture(fo({ standbyPricing: 'warm', standbyWarmPercent: '25' }, { kind: 'series', id: 'sb', children: [flat('s', '20', { replicas: '2' })] }), svc);
    expect(r.total.toFixed()).toBe('110');
    expect(r.byNode.get('s')!.toFixed()).toBe('10');
    expect(lineOf(r, 'architecture.copies')[0]!.params).toMatchObject({ each: '$20.00', copies: '2', amount: '$40.00' });
    expect(lineOf(r, 'architecture.warmStandby')[0]!.params).toMatchObject({ full: '$40.00', amount: '$10.00' });
    // A warm standby inside a warm standby: 50% of 50%. Outer primary $100, inner primary $100 x 50%,
    // inner standby $100 x 25% = $25 (its full price at the inner share: $25 / 50% = $50)
    const nested = fo({ standbyPricing: 'warm', standbyWarmPercent: '50' }, { ...fo({ standbyPricing: 'warm', standbyWarmPercent: '50' }), id: 'inner', primary: flat('ip', '100'), standby: flat('is', '100') });
    const n = priceArchitecture(nested, svc);
    // $100 + $50 + $25 = $175
    expect(n.total.toFixed()).toBe('175');
    expect(lineOf(n, 'architecture.warmStandby').map((l) => [l.params.full, l.params.amount])).toEqual([
      ['$50.00', '$25.00'],
      ['$150.00', '$75.00'],
    ]);
  });

  it('bills a full standby (the default, "full" or null) at its price, with no warm line', () => {
    for (const standbyPricing of [undefined, null, 'full']) {
      const r = priceArchitecture(fo({ standbyPricing, standbyWarmPercent: '10' }), svc);
      expect(r.total.toFixed()).toBe('200');
      expect(lineOf(r, 'architecture.warmStandby')).toEqual([]);
    }
  });

  it('refuses an unknown pricing, and a warm share that is missing or above 100', () => {
    expect(err(fo({ standbyPricing: 'cold' }))).toMatchObject({ code: 'unknown_option', path: 'architecture.standbyPricing', params: { value: 'cold', allowed: 'full, warm' } });
    expect(err(fo({ standbyPricing: 'c'.repeat(60) })).params.value).toBe('c'.repeat(40));
    expect(err(fo({ standbyPricing: 3 })).params.value).toBe('@msg:error.got.number');
    expect(err(fo({ standbyPricing: 'warm' }))).toMatchObject({ code: 'required', path: 'architecture.standbyWarmPercent' });
    expect(err(fo({ standbyPricing: 'warm', standbyWarmPercent: '100.5' }))).toMatchObject({ code: 'too_large', path: 'architecture.standbyWarmPercent' });
    // 100% is a full price: $200
    expect(priceArchitecture(fo({ standbyPricing: 'warm', standbyWarmPercent: '100' }), svc).total.toFixed()).toBe('200');
    expect(err(fo({}, 'x'))).toMatchObject({ code: 'invalid_type', path: 'architecture.standby' });
    expect(err({ ...fo({}), primary: 'x' })).toMatchObject({ code: 'invalid_type', path: 'architecture.primary' });
  });
});
