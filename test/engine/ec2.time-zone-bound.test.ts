/**
 * A time zone from a link or a file is untrusted and may be megabytes long: a blank name or one
 * longer than 64 characters (the longest IANA name has 32) is refused before `Intl` reads it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateTimeZone } from '../../src/engine/ec2/time-zone.ts';
import { errorOf } from './helpers.ts';

describe('time zone names that Intl is never asked about', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['A'.repeat(65), 'A'.repeat(40)],
    [`Europe/${'x'.repeat(1_000_000)}`, `Europe/${'x'.repeat(33)}`],
    ['   ', ''],
  ])('%# is refused as unknown_time_zone without making a formatter', (name, quoted) => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const e = errorOf(() => validateTimeZone(name, 'z'));
    expect([e.code, e.path, e.params.value]).toEqual(['unknown_time_zone', 'z', quoted]);
    expect(made).not.toHaveBeenCalled();
  });

  it('a 64-character name is still looked up (and refused by Intl when it is not a zone)', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const e = errorOf(() => validateTimeZone('B'.repeat(64), 'z'));
    expect([e.code, e.params.value]).toEqual(['unknown_time_zone', 'B'.repeat(40)]);
    expect(made).toHaveBeenCalled();
  });

  it('a real zone with spaces around is accepted, trimmed', () => {
    expect(validateTimeZone('  America/Argentina/ComodRivadavia ', 'z')).toBe('America/Argentina/ComodRivadavia');
  });
});
