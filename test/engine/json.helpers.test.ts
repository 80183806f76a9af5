/** The engine's JSON readers (engine/json.ts): what each says about a wrong value, and how labels are cleaned. */
import { describe, expect, it } from 'vitest';
import { asRecord, isRecord, optionalLabel, own } from '../../src/engine/json.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

describe('engine JSON helpers', () => {
  it('asRecord: required when missing, invalid_type naming what was expected and what came', () => {
    expect(errorOf(() => asRecord(undefined, 'a', 'a thing')).code).toBe('required');
    const e = errorOf(() => asRecord([1], 'a', 'a thing'));
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'a', 'a thing', 'a list']);
    expect(errorOf(() => asRecord(null, 'a', 'a thing')).code).toBe('invalid_type');
    const o = { x: 1 };
    expect(asRecord(o, 'a', 'a thing')).toBe(o);
    expect([isRecord({}), isRecord(null), isRecord([]), isRecord('x')]).toEqual([true, false, false, false]);
    expect([own({ x: 1 }, 'x'), own({}, 'constructor'), own({}, 'toString')]).toEqual([1, undefined, undefined]);
  });

  it('optionalLabel: trimmed, cut, blank is absent, null is absent, anything but text is refused', () => {
    expect(optionalLabel('  Web tier  ', 'n')).toBe('Web tier');
    expect(optionalLabel(`  ${'a'.repeat(10)}  `, 'n', 4)).toBe('aaaa');
    expect([optionalLabel('   ', 'n'), optionalLabel('', 'n'), optionalLabel(null, 'n'), optionalLabel(undefined, 'n')]).toEqual([undefined, undefined, undefined, undefined]);
    const e = errorOf(() => optionalLabel(5, 'n'));
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'n', 'text', 'number']);
  });
});
