import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, csvText, scenariosCsv, CSV_FORMATS } from '../../../src/lib/state/export-csv.ts';
import { csvText as buildCsv } from '../../../src/lib/components/workspace/csv-download.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { ciDoc } from './fixtures.ts';
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';

const rows = (csv: string): string[] => csv.slice(1).split('\r\n').filter((r) => r !== '');

describe('CSV cells', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
  ])('text %j becomes %j (comma-separated)', (input, out) => {
    expect(csvText(input, ',')).toBe(out);
  });

  it('quotes by the delimiter in use', () => {
    expect(csvText('a;b', ';')).toBe('"a;b"');
    expect(csvText('a,b', ';')).toBe('a,b');
  });

  it('writes numbers with the language decimal separator and keeps negatives as numbers', () => {
    expect(csvNumber('1234.5', CSV_FORMATS.en)).toBe('1234.5');
    expect(csvNumber('1234.5', CSV_FORMATS.es)).toBe('1234,5');
    expect(csvNumber('-0.25', CSV_FORMATS.es)).toBe('-0,25');
    expect(csvNumber('12', CSV_FORMATS.es)).toBe('12');
    expect(csvNumber('=1', CSV_FORMATS.en)).toBe("'=1");
  });
});

describe('CSV of line items', () => {
  const doc = (): ScenarioDoc => ciDoc('sa', '=Office CI');

  it('English: comma-separated, decimal point, BOM, header, the injection neutralised', async () => {
    const csv = await buildCsv([doc()], new I18n('en'));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = rows(csv);
    expect(lines[0]).toBe('Scenario,Component,Formula,Amount,Unit,Kind');
    // 200 builds x 1 min x $0.005 = $1.00 (general1.small).
    const cost = lines.find((l) => l.startsWith("'=Office CI,CI,") && l.endsWith(',USD,cost'));
    expect(cost).toBeDefined();
    expect(cost).toMatch(/,1(\.0+)?,USD,cost$/);
    expect(lines.some((l) => l.includes('Scenario totals') && /Monthly total/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('Scenario totals') && l.endsWith(',USD,total'))).toBe(true);
  });

  it('Spanish: semicolon-separated, decimal comma, formulas in Spanish', async () => {
    const csv = await buildCsv([doc()], new I18n('es'));
    const lines = rows(csv);
    expect(lines[0]).toBe('Escenario;Componente;Fórmula;Importe;Unidad;Tipo');
    const annual = lines.find((l) => l.includes('Totales del escenario') && /anual/i.test(l));
    expect(annual).toBeDefined();
    expect(annual!.split(';')[3]).toBe('12');
    expect(lines.every((l) => !/;\d+\.\d+;/.test(l))).toBe(true);
    expect(lines.find((l) => l.endsWith(';USD;costo'))).toMatch(/;1(,0+)?;USD;costo$/);
  });

  it('a scenario the engine refuses gets one row with the message', () => {
    const csv = scenariosCsv([{ name: 'Broken', result: null, error: 'Fix it' }], 'en', {
      header: ['S', 'C', 'F', 'A', 'U', 'K'],
      totals: 'T',
      line: () => '',
      kind: (k) => k,
    });
    expect(rows(csv)).toEqual(['S,C,F,A,U,K', 'Broken,,Fix it,,,error']);
  });
});
