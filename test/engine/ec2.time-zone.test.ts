/**
 * Time zones (ec2/time-zone.ts): names are checked with Intl and trimmed; a local time that the
 * clocks skip resolves to the instant they jump; a local time that happens twice is its first
 * occurrence; before and after a change the zone's offset applies.
 */
import { describe, expect, it } from 'vitest';
import { localInstant } from '../../src/engine/index.ts';
import { validateTimeZone } from '../../src/engine/ec2/time-zone.ts';
import { errorOf } from './helpers.ts';

describe('EC2 time zones', () => {
  it('names: trimmed; empty is required; blank, unknown or too long is unknown_time_zone quoting at most 40 characters', () => {
    expect(validateTimeZone('  Europe/Madrid  ', 'tz')).toBe('Europe/Madrid');
    for (const missing of ['', null, undefined]) expect(errorOf(() => validateTimeZone(missing, 'tz')).code).toBe('required');
    const blank = errorOf(() => validateTimeZone('   ', 'tz'));
    expect([blank.code, blank.path, blank.params.value]).toEqual(['unknown_time_zone', 'tz', '']);
    const unknown = errorOf(() => validateTimeZone(`Mars/${'x'.repeat(45)}`, 'tz'));
    expect([unknown.code, unknown.params.value]).toEqual(['unknown_time_zone', `Mars/${'x'.repeat(35)}`]);
    const long = errorOf(() => validateTimeZone('A'.repeat(65), 'tz'));
    expect([long.code, long.params.value]).toEqual(['unknown_time_zone', 'A'.repeat(40)]);
    expect(errorOf(() => validateTimeZone(5, 'tz')).code).toBe('unknown_time_zone');
  });

  it('New York, 9 March 2025: 02:30 does not exist and resolves to 03:00 EDT (07:00 UTC); 03:00 is 07:00 UTC too', () => {
    expect(localInstant('America/New_York', '2025-03-09', '02:30')).toBe(Date.UTC(2025, 2, 9, 7, 0));
    expect(localInstant('America/New_York', '2025-03-09', '03:00')).toBe(Date.UTC(2025, 2, 9, 7, 0));
    expect(localInstant('America/New_York', '2025-03-09', '01:59')).toBe(Date.UTC(2025, 2, 9, 6, 59));
  });

  it('New York, 2 November 2025: 01:30 happens twice and is the first one (EDT, 05:30 UTC); 02:00 is EST (07:00 UTC)', () => {
    expect(localInstant('America/New_York', '2025-11-02', '01:30')).toBe(Date.UTC(2025, 10, 2, 5, 30));
    expect(localInstant('America/New_York', '2025-11-02', '02:00')).toBe(Date.UTC(2025, 10, 2, 7, 0));
    expect(localInstant('America/New_York', '2025-11-02', '00:59')).toBe(Date.UTC(2025, 10, 2, 4, 59));
  });

  it('Lord Howe moves by half an hour: 5 October 2025 02:15 does not exist and resolves to 02:30', () => {
    // UTC+10:30 -> UTC+11 at 02:00 local (15:30 UTC on the 4th)
    expect(localInstant('Australia/Lord_Howe', '2025-10-05', '02:15')).toBe(Date.UTC(2025, 9, 4, 15, 30));
    expect(localInstant('Australia/Lord_Howe', '2025-10-05', '03:00')).toBe(Date.UTC(2025, 9, 4, 16, 0));
  });
});
