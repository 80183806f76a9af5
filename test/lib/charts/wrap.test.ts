/** The Spanish EC2 bar chart kept only its first label: long category labels now wrap instead of being skipped. */
import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../src/lib/charts/chart.svelte.ts';

describe('category labels of small bar charts', () => {
  it('wraps "Siempre encendida" and "Con el horario" onto lines of about 14 characters', () => {
    expect(wrapLabel('Siempre encendida')).toEqual(['Siempre', 'encendida']);
    expect(wrapLabel('Con el horario')).toBe('Con el horario');
    expect(wrapLabel('With the schedule')).toEqual(['With the', 'schedule']);
    expect(wrapLabel('Aplicación web de tres capas en tres AZ')).toEqual(['Aplicación web', 'de tres capas', 'en tres AZ']);
  });
});
