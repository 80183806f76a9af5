/**
 * fast-check generators of hostile JSON: what a crafted link, file or stored value can hold once
 * JSON.parse has read it. Every value here went through JSON.parse, so an object's "__proto__",
 * "toString", "valueOf" or "constructor" key is an OWN data property, exactly as an attacker gets it.
 *
 * `mutatedArb(base)` takes a valid input and replaces one value at a random path (or the whole
 * input) with a hostile one, inserts a hostile key, or drops a key: most cases get past the first
 * checks and reach the field-level parsing deep inside the engine.
 */
import fc from 'fast-check';

/** The keys that make `String(x)`, `${x}`, `x + ''` or a prototype lookup misbehave. */
export const TRAP_KEYS = ['toString', 'valueOf', '__proto__', 'constructor', 'prototype', 'toJSON', 'hasOwnProperty', 'length', 'then'] as const;

const parse = (text: string): unknown => JSON.parse(text);

/** Nesting `depth` levels deep, built as text and parsed (as JSON.parse would give it). */
export function deepText(depth: number, open: string, close: string, inner = '0'): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/** Fixed hostile values (each a fresh parse, so a test that mutates one cannot leak into the next). */
export const HOSTILE_TEXTS: readonly string[] = [
  '{"toString":0}',
  '{"toString":0,"valueOf":0}',
  '{"toString":{},"valueOf":{}}',
  '{"valueOf":1}',
  '{"__proto__":{"toString":0}}',
  '{"__proto__":null}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"toJSON":0}',
  '{"length":5,"0":"a"}',
  '[{"toString":0}]',
  '[[]]',
  '[]',
  '{}',
  'null',
  'true',
  'false',
  '0',
  '-0',
  '1.5',
  '-1',
  '1e400',
  '-1e400',
  '9007199254740993',
  '""',
  '" "',
  '"__proto__"',
  '"toString"',
  '"constructor"',
  '"NaN"',
  '"Infinity"',
  '"1e999999"',
  '"99.9"',
  '"2025-03"',
  '"24:00"',
  '"Europe/Madrid"',
  `"${'9'.repeat(70)}"`,
  `"${'x'.repeat(300)}"`,
  deepText(5000, '[', ']'),
  deepText(5000, '{"toString":', '}'),
  deepText(5000, '{"a":', '}', '{"toString":0}'),
  deepText(2049, '{"kind":"series","id":"x","children":[', ']}', '{"kind":"component","id":"y","percent":"99"}'),
];

/** Freeze a value all the way down, iteratively (a 5,000-deep value would overflow a recursion). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return value;
}

const parsedLarge = new Map<string, unknown>();

/**
 * Parse a hostile text. A deeply nested value gets a short description for fast-check's report
 * (a symbol key: invisible to JSON.stringify, Object.keys and the code under test), so a failing
 * case is reported instead of overflowing the stack while printing it. The large (deep) values are
 * parsed once and frozen all the way down: parsing the 5,000-deep ones again for every case was a
 * sixth of the engine fuzz's time, and frozen they still cannot leak a change from one case into
 * the next (code that tried to change one would throw, and the fuzz would report it).
 */
function parseHostile(text: string): unknown {
  if (text.length <= 1000) return parse(text);
  if (parsedLarge.has(text)) return parsedLarge.get(text);
  const value = parse(text);
  if (typeof value === 'object' && value !== null) {
    Object.defineProperty(value, fc.toStringMethod, { value: () => `<${text.length} characters of JSON: ${text.slice(0, 24)}...>` });
  }
  parsedLarge.set(text, deepFreeze(value));
  return value;
}

/** One hostile value, freshly parsed. */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_TEXTS).map(parseHostile) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((x) => parse(JSON.stringify(x) ?? 'null')) },
  {
    weight: 2,
    arbitrary: fc
      .dictionary(fc.constantFrom(...TRAP_KEYS, 'kind', 'id', 'type', 'value'), fc.constantFrom('0', '{}', '"x"', '[]', 'null', '{"toString":0}'), { maxKeys: 3 })
      .map((o) => parse(`{${Object.entries(o).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`)),
  },
);

/** Every path (list of keys) to a value inside `value`, the root included; iterative. */
export function pathsOf(value: unknown, limit = 2000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { v: unknown; p: (string | number)[] }[] = [{ v: value, p: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { v, p } = stack.pop()!;
    out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, p: [...p, i] }));
    else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], p: [...p, k] });
  }
  return out;
}

type Edit = { op: 'set' | 'add' | 'drop'; at: number; key: string; value: unknown };

/** Apply an edit to a deep copy of `base` (the copy is made with JSON, like everything untrusted). */
function applyEdit(base: unknown, paths: (string | number)[][], e: Edit): unknown {
  const path = paths[e.at % paths.length] ?? [];
  if (path.length === 0 && e.op === 'set') return e.value;
  const root = parse(JSON.stringify(base)) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = root;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const target = last === undefined ? root : parent[last];
  if (e.op === 'set' && last !== undefined) parent[last] = e.value;
  else if (e.op === 'add' && typeof target === 'object' && target !== null && !Array.isArray(target)) {
    Object.defineProperty(target, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
  } else if (e.op === 'drop' && last !== undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  }
  return root;
}

/** `base` with one hostile edit somewhere inside it. */
export function mutatedArb(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const edit: fc.Arbitrary<Edit> = fc.record({
    op: fc.constantFrom('set', 'set', 'set', 'add', 'drop'),
    at: fc.nat({ max: 100_000 }),
    key: fc.constantFrom(...TRAP_KEYS, 'x'),
    value: hostileValueArb,
  });
  return fc.oneof({ weight: 9, arbitrary: edit.map((e) => applyEdit(base, paths, e)) }, { weight: 1, arbitrary: hostileValueArb });
}
