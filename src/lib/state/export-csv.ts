/**
 * CSV of each scenario's line items (scenario, component, formula in the page language, amount,
 * unit, kind), made to open correctly in a spreadsheet in the page language's number format:
 *
 * - English: comma-separated, decimal point ("1234.56"); Spanish: semicolon-separated, decimal
 *   comma ("1234,56"), which is what spreadsheets set to those locales expect;
 * - UTF-8 with a byte-order mark (so accents survive), CRLF line ends, RFC 4180 quoting;
 * - formula-injection safe: a text cell starting with = + - @ (or a tab or carriage return) is
 *   prefixed with a single quote, so a scenario named "=HYPERLINK(...)" stays text. Amount cells
 *   are numbers this module writes itself (digits, one separator, an optional leading minus): a
 *   negative amount stays a number, since a plain number cannot be a formula.
 */
import type { ScenarioResult, LineItem } from '../../engine/index.ts';
import type { Lang } from '../i18n/number-input.ts';

export interface CsvFormat {
  readonly delimiter: ',' | ';';
  readonly decimal: '.' | ',';
}

export const CSV_FORMATS: Readonly<Record<Lang, CsvFormat>> = Object.freeze({
  en: { delimiter: ',', decimal: '.' },
  es: { delimiter: ';', decimal: ',' },
});

export const BOM = '\uFEFF';

/** One scenario to write: its name and result, or the message of the error that stops it. */
export interface CsvScenario {
  readonly name: string;
  readonly result: ScenarioResult | null;
  readonly error: string | null;
}

/** The words the CSV needs, in the page language. */
export interface CsvWords {
  /** Column headings: scenario, component, formula, amount, unit, kind. */
  readonly header: readonly [string, string, string, string, string, string];
  /** The scenario-wide lines' "component" cell ("Scenario totals"). */
  readonly totals: string;
  /** The priced architecture's lines' "component" cell (default "Architecture"). */
  readonly architecture?: string;
  /** A line's formula in the page language. */
  readonly line: (item: LineItem) => string;
  /** A line kind ("cost", "credit", "info", "total", "error") in the page language. */
  readonly kind: (kind: string) => string;
}

const INJECTION = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** A text cell: formula prefix neutralised, quoted when it holds the delimiter, quotes, line breaks or edge spaces. */
export function csvText(value: string, delimiter: string): string {
  const safe = INJECTION.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell from a plain decimal string ("-12.5" -> "-12,5" in Spanish). */
export function csvNumber(plain: string, fmt: CsvFormat): string {
  if (!PLAIN_NUMBER.test(plain)) return csvText(plain, fmt.delimiter);
  return fmt.decimal === ',' ? plain.replace('.', ',') : plain;
}

function row(cells: readonly string[], delimiter: string): string {
  return cells.join(delimiter);
}

/** The whole CSV file text (with BOM). */
export function scenariosCsv(scenarios: readonly CsvScenario[], lang: Lang, words: CsvWords): string {
  const fmt = CSV_FORMATS[lang];
  const d = fmt.delimiter;
  const t = (s: string): string => csvText(s, d);
  const lines: string[] = [row(words.header.map(t), d)];
  const push = (scenario: string, component: string, item: LineItem, kind: string): void => {
    lines.push(row([t(scenario), t(component), t(words.line(item)), csvNumber(item.amount.toFixed(), fmt), t(item.unit), t(words.kind(kind))], d));
  };
  for (const s of scenarios) {
    if (!s.result) {
      lines.push(row([t(s.name), '', t(s.error ?? ''), '', '', t(words.kind('error'))], d));
      continue;
    }
    for (const c of s.result.components) for (const item of c.lines) push(s.name, c.name, item, item.kind);
    // The priced architecture's working (info rows: its total is the scenario's "architecture" line).
    for (const item of s.result.architectureCost?.lines ?? []) push(s.name, words.architecture ?? 'Architecture', item, 'info');
    // The scenario-wide lines repeat the components' totals: kind "total", so summing "cost" rows counts each cost once.
    for (const item of s.result.lines) push(s.name, words.totals, item, item.kind === 'info' ? 'info' : 'total');
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
