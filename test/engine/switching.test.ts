import { describe, expect, it } from 'vitest';
import { switchingSecondsPerYear } from '../../src/engine/index.ts';

describe('switchingSecondsPerYear: a failover\'s switching downtime a year', () => {
  it('is failures a year x the switch time', () => {
    // 4 failures a year x 150 s = 600 s (10 minutes)
    expect(switchingSecondsPerYear('150', { failuresPerYear: '4' })?.toFixed()).toBe('600');
  });

  it('reads an MTBF as 8,760 h / MTBF failures a year', () => {
    // 8,760 h / 2,190 h = 4 failures a year; x 150 s = 600 s
    expect(switchingSecondsPerYear('150', { mtbfHours: '2190' })?.toFixed()).toBe('600');
    // 8,760 / 1,000 = 8.76 failures a year; x 30 s = 262.8 s
    expect(switchingSecondsPerYear('30', { mtbfHours: '1000' })?.toFixed()).toBe('262.8');
  });

  it('is null (no figure, no NaN) while an input is not a valid number', () => {
    expect(switchingSecondsPerYear('', { failuresPerYear: '4' })).toBeNull();
    expect(switchingSecondsPerYear('150', { failuresPerYear: '-1' })).toBeNull();
    expect(switchingSecondsPerYear('150', { mtbfHours: '0' })).toBeNull();
    expect(switchingSecondsPerYear({ toString: 0 }, { mtbfHours: 'abc' })).toBeNull();
  });
});
