/**
 * The one error type: every code's English message (what a student reads next to the field), the
 * path suffix, and the helpers that build paths and turn a throw into a Result.
 */
import { describe, expect, it } from 'vitest';
import { attempt, EngineError, joinPath, type ErrorCode } from '../../src/engine/errors.ts';

describe('every code has a message a student understands', () => {
  it.each<[ErrorCode, Record<string, string>, string]>([
    ['required', {}, 'A value is required here.'],
    ['not_a_number', { value: 'abc' }, '"abc" is not a number.'],
    ['not_a_number', {}, '"" is not a number.'],
    ['float_not_allowed', { value: '0.1' }, '0.1 was given as a floating-point number; write decimals as text (e.g. "0.30") so they stay exact.'],
    ['decimal_comma', { value: '0,30', point: '0.30' }, '"0,30" uses a decimal comma; write it with a point (e.g. "0.30").'],
    ['negative', { value: '-1' }, '-1 is negative; this value cannot be below zero.'],
    ['not_positive', { value: '0' }, '0 must be greater than zero.'],
    ['not_integer', { value: '1.5' }, '1.5 must be a whole number.'],
    ['too_large', { value: '1e16', max: '1000000000000000' }, '1e16 is too large (the most allowed is 1000000000000000).'],
    ['too_small', { value: '0', min: '1' }, '0 is too small (the least allowed is 1).'],
    ['unknown_option', { value: 'week', allowed: 'month, day' }, '"week" is not one of the allowed values (month, day).'],
    ['unknown_option', { value: 'week' }, '"week" is not one of the allowed values.'],
    ['unknown_price', { value: 'gpu9', where: 'the CodeBuild price table' }, 'No price is known for "gpu9" in the CodeBuild price table; enter one.'],
    ['unknown_price', { value: 'gpu9' }, 'No price is known for "gpu9"; enter one.'],
    ['unknown_time_zone', { value: 'Mars/Olympus' }, '"Mars/Olympus" is not a known time zone (use an IANA name such as Europe/Madrid).'],
    ['invalid_time', { value: '25:00' }, '"25:00" is not a time of day (use HH:MM, 00:00 to 24:00).'],
    ['empty_period', {}, 'This period starts and ends at the same time, so it never runs.'],
    ['invalid_date', { value: '2025-02-30' }, '"2025-02-30" is not a date (use YYYY-MM-DD).'],
    ['k_greater_than_n', { k: '4', n: '3' }, 'At least 4 of 3 cannot be met: k must not exceed the number of members.'],
    ['empty_group', {}, 'This group has no members.'],
    ['too_deep', { max: '32' }, 'The architecture is nested too deeply (more than 32 levels).'],
    ['too_much_work', { limit: 'kOfNMembers', value: '24990000', max: '20000' }, 'This asks for too much work: 24990000 k-of-n members in all, and nubecalc evaluates at most 20000.'],
    ['too_much_work', { limit: 'replicaMembers', value: '60000', max: '50000' }, 'This asks for too much work: 60000 component copies (replicas) in all, and nubecalc evaluates at most 50000.'],
    ['too_much_work', { value: '6000', max: '5000' }, 'This asks for too much work: 6000 units of work in all, and nubecalc evaluates at most 5000.'],
    ['invalid_type', { expected: 'a list', got: 'string' }, 'Expected a list, got string.'],
    ['invalid_type', { expected: 'a list' }, 'Expected a list.'],
    ['unknown_version', { value: '2', supported: '1' }, 'Scenario format version 2 is not supported (this nubecalc reads version 1).'],
    ['duplicate_id', { value: 'db' }, 'The id "db" is used twice.'],
    ['contact_sales', { sessions: '2,000,000' }, '2,000,000 sessions per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.'],
    ['out_of_range', { value: '21', min: '0', max: '20' }, '21 is out of range (0 to 20).'],
    ['standard_no_readers', { readers: '5' }, 'QuickSight Standard edition has authors only, no readers (5 given); choose Enterprise edition to price readers.'],
  ])('%s %j', (code, params, message) => {
    const e = new EngineError(code, 'a.b', params);
    expect(e.plainMessage).toBe(message);
    expect(e.message).toBe(`${message} (at a.b)`);
    expect([e.name, e.code, e.path]).toEqual(['EngineError', code, 'a.b']);
  });

  it('without a path the message has no "(at ...)" suffix, and params default to none', () => {
    const e = new EngineError('required', '');
    expect(e.message).toBe('A value is required here.');
    expect(e.params).toEqual({});
    expect(e).toBeInstanceOf(Error);
  });
});

describe('joinPath', () => {
  it.each<[(string | number)[], string]>([
    [['a', 0, 'b'], 'a.0.b'],
    [['', 'projects', 2], 'projects.2'],
    [['components', '', 'groups'], 'components.groups'],
    [['', ''], ''],
    [[], ''],
    [[0], '0'],
  ])('%j -> "%s"', (parts, path) => {
    expect(joinPath(...parts)).toBe(path);
  });

  it('a missing segment from untyped JSON is left empty, never written "undefined" or "null"', () => {
    expect(joinPath('a', undefined as never, 'b')).toBe('a..b');
    expect(joinPath('a', null as never)).toBe('a.');
  });
});

describe('attempt', () => {
  it('returns the value, or the EngineError as a result', () => {
    expect(attempt(() => 42)).toEqual({ ok: true, value: 42 });
    const r = attempt(() => {
      throw new EngineError('negative', 'x', { value: '-1' });
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.path]).toEqual(['negative', 'x']);
  });

  it('rethrows anything else: it is a bug, not bad input', () => {
    expect(() => attempt(() => JSON.parse('{'))).toThrow(SyntaxError);
  });
});
