/** `nubecalc diff` output: the side-by-side table with differences, and the cost of each extra nine. */
import { CSV_FORMATS, csvNumber, csvText } from '../lib/state/export-csv.ts';
import type { OutputFormat } from './args.ts';
import type { DiffFigures } from './diff.ts';
import type { GuardCheck } from './guards.ts';
import type { CliI18n } from './i18n.ts';
import { alignColumns, markdownHead, md, mdTable } from './text.ts';

export interface DiffReport {
  readonly diff: DiffFigures;
  readonly guards: readonly GuardCheck[];
  readonly prices: string | null;
}

function rows(i18n: CliI18n, d: DiffFigures): string[][] {
  return [[i18n.t('compare.table.figure'), d.oldName, d.newName, i18n.t('cli.diff.change')], ...d.rows.map((r) => [r.label, r.oldText, r.newText, r.changeText])];
}

const FIGURES = new Set([1, 2, 3]);

function table(i18n: CliI18n, r: DiffReport): string {
  const d = r.diff;
  const out: string[] = [];
  if (r.prices) out.push(i18n.t('cli.pricesFrom', { file: r.prices }), '');
  out.push(i18n.t('cli.diff.heading', { old: `${d.oldName} (${d.oldSource})`, new: `${d.newName} (${d.newSource})` }));
  out.push(...alignColumns(rows(i18n, d), FIGURES));
  out.push('', `${i18n.t('compare.nine.heading')}: ${d.perNine}`);
  return `${out.join('\n')}\n`;
}

function markdown(i18n: CliI18n, r: DiffReport): string {
  const d = r.diff;
  const out: string[] = markdownHead(i18n, r.guards, r.prices);
  out.push(`### ${md(i18n.t('cli.diff.heading', { old: d.oldName, new: d.newName }))}`, '');
  out.push(`_${md(i18n.t('cli.diff.sources', { old: d.oldSource, new: d.newSource }))}_`, '');
  const [head, ...body] = rows(i18n, d).map((row) => row.map(md));
  out.push(...mdTable(head ?? [], body, FIGURES), '');
  out.push(`**${md(i18n.t('compare.nine.heading'))}:** ${md(d.perNine)}`);
  return `${out.join('\n')}\n`;
}

function csv(i18n: CliI18n, r: DiffReport): string {
  const fmt = CSV_FORMATS[i18n.lang];
  const dl = fmt.delimiter;
  const t = (s: string): string => csvText(s, dl);
  const n = (s: string | null): string => (s === null ? '' : csvNumber(s, fmt));
  const out = [['figure', 'old', 'new', 'difference'].map((k) => t(i18n.t(`cli.csv.diff.${k}`))).join(dl)];
  for (const row of r.diff.rows) out.push([t(row.label), n(row.old), n(row.new), n(row.diff)].join(dl));
  return `${out.join('\r\n')}\r\n`;
}

function json(i18n: CliI18n, r: DiffReport): string {
  const doc = { format: 'nubecalc-report', version: 1, command: 'diff', lang: i18n.lang, prices: r.prices, ...r.diff, guards: r.guards, ok: r.guards.every((g) => g.ok) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderDiff(format: OutputFormat, i18n: CliI18n, report: DiffReport): string {
  if (format === 'markdown') return markdown(i18n, report);
  if (format === 'csv') return csv(i18n, report);
  if (format === 'json') return json(i18n, report);
  return table(i18n, report);
}
