/**
 * A few availability formulas rendered in Spanish, end to end (every key in both languages is
 * checked by test/lib/i18n/lines.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { downtimeTable, errorBudgetTime, evaluateAvailability, resolveConvention, type LineItem } from '../../../src/engine/index.ts';
import { defaultSlas } from '../../../src/data/slas.ts';
import { Dec } from '../../../src/engine/decimal.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { threeTier } from './fixtures.ts';

describe('availability formulas rendered in Spanish', () => {
  const es = new I18n('es');
  const slas = defaultSlas();
  const byKey = (lines: readonly LineItem[], key: string): LineItem[] => lines.filter((l) => l.key === key);

  it('writes the downtime with Spanish units and the convention in words in both languages', () => {
    const r = evaluateAvailability({ architecture: threeTier() as never }, slas);
    const year = byKey(r.lines, 'availability.downtime.year')[0]!;
    expect(year.text).toBe('downtime per year (365-day year, 730-hour month; a year = 365 d = 31,536,000 s): 0.0006746551537375 x 31,536,000 s = 21,275.9249282658 s (5h 54m 35.92s)');
    expect(year.params).toMatchObject({ durationSi: '5 h 54 min 35.92 s', durationDays: '0', durationHours: '5', durationMinutes: '54', durationSeconds: '35.92' });
    expect(es.line(year)).toBe(
      'tiempo de inactividad por año (año de 365 días, mes de 730 horas; un año = 365 d = 31.536.000 s): 0,0006746551537375 × 31.536.000 s = 21.275,9249282658 s (5 h 54 min 35,92 s)',
    );
    expect(es.line(byKey(r.lines, 'availability.downtime.day')[0]!)).toBe(
      'tiempo de inactividad por día (año de 365 días, mes de 730 horas; un día = 24 h = 86.400 s): 0,0006746551537375 × 86.400 s = 58,29020528292 s (58,29 s)',
    );
  });

  it('names a calendar month convention and writes days in a duration', () => {
    const t = downtimeTable(new Dec('0.01'), resolveConvention({ convention: 'calendar-month', month: '2024-02' }));
    expect(t.lines[0]!.text).toBe('downtime per year (calendar month 2024-02; a year = 366 d = 31,622,400 s): 0.01 x 31,622,400 s = 316,224 s (3d 15h 50m 24s)');
    expect(es.line(t.lines[0]!)).toBe('tiempo de inactividad por año (mes calendario: 2024-02; un año = 366 d = 31.622.400 s): 0,01 × 31.622.400 s = 316.224 s (3 d 15 h 50 min 24 s)');
    expect(es.line(t.lines[2]!)).toBe('tiempo de inactividad por mes (mes calendario: 2024-02; un mes = 29 d = 2.505.600 s): 0,01 × 2.505.600 s = 25.056 s (6 h 57 min 36 s)');
  });

  it('writes the error budget in time with its duration', () => {
    expect(es.line(errorBudgetTime(new Dec('0.001'), '2419200').lines[0]!)).toBe('presupuesto de error: 0,001 × 2.419.200 s = 2.419,2 s (40 min 19,2 s)');
  });

  it('shows the k-of-n terms when the engine lists them, and only the sum otherwise', () => {
    const member = { kind: 'component', id: 'w', name: 'web', fraction: '0.9' };
    const listed = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 2, n: 3, member } }, slas).lines, 'availability.kOfN.terms')[0]!;
    expect(listed.text).toBe(
      'Servidores (at least 2 of 3 x web): sum over i = 2..3 of C(3,i) x 0.9^i x 0.1^(3-i) = 3 x 0.9^2 x 0.1^1 + 1 x 0.9^3 x 0.1^0 = 0.243 + 0.729 = 0.972',
    );
    expect(es.line(listed)).toBe(
      'Servidores (al menos 2 de 3 × web): suma para i = 2..3 de C(3,i) × 0,9^i × 0,1^(3−i) = 3 × 0,9^2 × 0,1^1 + 1 × 0,9^3 × 0,1^0 = 0,243 + 0,729 = 0,972',
    );
    const single = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 3, n: 3, member } }, slas).lines, 'availability.kOfN.terms')[0]!;
    expect(es.line(single)).toBe('Servidores (al menos 3 de 3 × web): suma para i = 3..3 de C(3,i) × 0,9^i × 0,1^(3−i) = 1 × 0,9^3 × 0,1^0 = 0,729');
    const unlisted = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 2, n: 9, member } }, slas).lines, 'availability.kOfN')[0]!;
    expect(unlisted.params.terms).toBeUndefined();
    expect(es.line(unlisted)).toBe('Servidores (al menos 2 de 9 × web): suma para i = 2..9 de C(9,i) × 0,9^i × 0,1^(9−i) = 0,999999918');
  });

  it('names a failover switchover in Spanish, and a component by its name', () => {
    const r = evaluateAvailability(
      { architecture: { kind: 'failover', id: 'db', name: 'Base de datos', primary: { kind: 'component', id: 'p', name: 'principal', percent: '99.9' }, standby: { kind: 'component', id: 's', name: 'respaldo', percent: '99.9' }, switchSeconds: '31.536', failuresPerYear: '10' } },
      slas,
    );
    const [first, second] = byKey(r.lines, 'availability.weakest.item');
    expect(first!.text).toBe('#1 Base de datos switchover: if it never failed, U would fall from 0.000011 to 0.000001 (removes 0.00001, 83.33% of the downtime)');
    expect(first!.params).toMatchObject({ name: 'Base de datos switchover', failover: 'Base de datos' });
    expect(es.line(first!)).toBe('#1 Conmutación de «Base de datos»: si nunca fallara, U bajaría de 0,000011 a 0,000001 (elimina 0,00001, el 83,33 % del tiempo de inactividad)');
    expect(es.line(second!)).toBe('#2 principal: si nunca fallara, U bajaría de 0,000011 a 0,00001 (elimina 0,000001, el 8,33 % del tiempo de inactividad)');
    expect(new I18n('en').line(first!)).toBe(first!.text);
  });
});
