/** `nubecalc evaluate` output: a readable table, Markdown (a pull-request comment), CSV or JSON. */
import type { ScenarioResult } from '../engine/index.ts';
import { CSV_FORMATS, csvNumber, csvText, scenariosCsv } from '../lib/state/export-csv.ts';
import type { OutputFormat } from './args.ts';
import type { ScenarioFigures } from './figures.ts';
import type { GuardCheck } from './guards.ts';
import type { CliI18n } from './i18n.ts';
import { alignColumns, markdownHead, md, mdTable } from './text.ts';

export interface EvaluateReport {
  readonly figures: readonly ScenarioFigures[];
  /** The engine's results (for the line-item CSV). */
  readonly results: readonly ScenarioResult[];
  readonly guards: readonly GuardCheck[];
  readonly explain: boolean;
  /** The --prices file, when one replaced catalog values. */
  readonly prices: string | null;
}

const FIGURES = new Set([2, 3]);

function downtimeText(i18n: CliI18n, f: ScenarioFigures): string {
  const a = f.availability;
  if (!a) return '';
  const parts = a.downtime.map((d) => `${i18n.t(`results.per.${d.period}`)} ${d.text}`).join('; ');
  return `${i18n.t('results.downtimeUnder', { convention: a.conventionText })}: ${parts}.`;
}

function componentRows(i18n: CliI18n, f: ScenarioFigures): string[][] {
  // A component linked to a priced node is listed, but counted in the architecture's row: a fifth
  // column says so ("in the architecture", as the app's share column), only when there is one.
  const note = f.components.some((c) => !c.counted);
  const row = (cells: string[], extra = ''): string[] => (note ? [...cells, extra] : cells);
  return [
    row([i18n.t('results.component'), i18n.t('cli.type'), i18n.t('results.monthly'), i18n.t('results.annual')]),
    ...f.components.map((c) => row([c.name, c.typeText, c.monthlyText, c.annualText], c.counted ? '' : i18n.t('priced.inArchitecture'))),
    ...(f.architectureCost ? [row([f.architectureCost.name, '', f.architectureCost.monthlyText, f.architectureCost.annualText])] : []),
    row([i18n.t('cli.total'), '', f.monthlyText, f.annualText]),
  ];
}

function table(i18n: CliI18n, r: EvaluateReport): string {
  const out: string[] = [];
  if (r.prices) out.push(i18n.t('cli.pricesFrom', { file: r.prices }), '');
  for (const f of r.figures) {
    out.push(`${f.name}  (${f.source})`);
    out.push(...alignColumns(componentRows(i18n, f), FIGURES));
    if (f.savingsText) out.push(`  ${i18n.t('results.savings')}: ${f.savingsText}/${i18n.t('unit.month')}`);
    const a = f.availability;
    if (a) {
      out.push(`  ${i18n.t('availability.composite')}: ${a.percentText}   ${i18n.t('availability.nines')}: ${a.ninesText}`);
      out.push(`  ${downtimeText(i18n, f)}`);
      if (a.usesSla) out.push(`  ${i18n.t('results.slaFloor')}`);
    } else out.push(`  ${i18n.t('cli.noArchitecture')}`);
    if (r.explain) {
      out.push(`  ${i18n.t('cli.working')}:`);
      for (const c of f.components) {
        out.push(`    ${c.name}:`);
        for (const l of c.lines) out.push(`      - ${l}`);
      }
      for (const l of f.lines) out.push(`    - ${l}`);
      if (a) {
        out.push(`    ${i18n.t('availability.composite')}:`);
        for (const l of a.lines) out.push(`      - ${l}`);
        if (a.slas.length > 0) out.push(`    ${i18n.t('cli.slas')}:`);
        for (const sla of a.slas) out.push(`      - ${sla.text}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdown(i18n: CliI18n, r: EvaluateReport): string {
  const out: string[] = markdownHead(i18n, r.guards, r.prices);
  for (const f of r.figures) {
    out.push(`### ${md(f.name)}`, '', `_${md(i18n.t('cli.source', { source: f.source }))}_`, '');
    const [head, ...rows] = componentRows(i18n, f).map((row) => row.map(md));
    const last = rows.pop() ?? [];
    out.push(...mdTable(head ?? [], [...rows, last.map((c) => (c ? `**${c}**` : c))], new Set([2, 3])), '');
    if (f.savingsText) out.push(`${md(i18n.t('results.savings'))}: ${md(f.savingsText)}/${md(i18n.t('unit.month'))}`, '');
    const a = f.availability;
    if (a) {
      out.push(`**${md(i18n.t('availability.composite'))}:** ${md(a.percentText)} · **${md(i18n.t('availability.nines'))}:** ${md(a.ninesText)}  `);
      out.push(md(downtimeText(i18n, f)));
      if (a.usesSla) out.push('', `_${md(i18n.t('results.slaFloor'))}_`);
      out.push('');
    }
    if (r.explain) {
      out.push(`<details><summary>${md(i18n.t('cli.working'))}</summary>`, '');
      for (const c of f.components) for (const l of c.lines) out.push(`- ${md(c.name)}: ${md(l)}`);
      for (const l of f.lines) out.push(`- ${md(l)}`);
      for (const l of a?.lines ?? []) out.push(`- ${md(l)}`);
      for (const sla of a?.slas ?? []) out.push(`- ${md(sla.text)}`);
      out.push('', '</details>', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function csv(i18n: CliI18n, r: EvaluateReport): string {
  const fmt = CSV_FORMATS[i18n.lang];
  const d = fmt.delimiter;
  if (r.explain) {
    // The app's own CSV of every line item (without the byte-order mark: this goes to a pipe).
    const words = { header: ['scenario', 'component', 'formula', 'amount', 'unit', 'kind'].map((k) => i18n.t(`ws.csv.${k}`)) as [string, string, string, string, string, string], totals: i18n.t('ws.csv.totals'), line: i18n.line, kind: (k: string) => i18n.t(`ws.csv.kind.${k}`) };
    return scenariosCsv(r.results.map((result, i) => ({ name: r.figures[i]?.name ?? result.name, result, error: null })), i18n.lang, words).replace(/^\uFEFF/, '');
  }
  const t = (s: string): string => csvText(s, d);
  const n = (s: string | null): string => (s === null ? '' : csvNumber(s, fmt));
  const header = ['cli.csv.source', 'ws.csv.scenario', 'ws.csv.component', 'cli.csv.type', 'cli.csv.monthly', 'cli.csv.annual', 'cli.csv.availability', 'cli.csv.nines'].map((k) => t(i18n.t(k)));
  const rows = [header.join(d)];
  for (const f of r.figures) {
    // A linked component's type says it is counted in the architecture row ("ec2, in the architecture").
    for (const c of f.components) rows.push([t(f.source), t(f.name), t(c.name), t(c.counted ? c.type : `${c.type}, ${i18n.t('priced.inArchitecture')}`), n(c.monthly), n(c.annual), '', ''].join(d));
    if (f.architectureCost) rows.push([t(f.source), t(f.name), t(f.architectureCost.name), t('architecture'), n(f.architectureCost.monthly), n(f.architectureCost.annual), '', ''].join(d));
    rows.push([t(f.source), t(f.name), t(i18n.t('cli.total')), '', n(f.monthly), n(f.annual), n(f.availability?.percent ?? null), n(f.availability?.nines ?? null)].join(d));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function json(i18n: CliI18n, r: EvaluateReport): string {
  const scenarios = r.figures.map((f) =>
    r.explain ? f : { ...f, lines: undefined, components: f.components.map((c) => ({ ...c, lines: undefined })), availability: f.availability ? { ...f.availability, lines: undefined } : null },
  );
  const doc = { format: 'nubecalc-report', version: 1, command: 'evaluate', lang: i18n.lang, prices: r.prices, scenarios, guards: r.guards, ok: r.guards.every((g) => g.ok) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderEvaluate(format: OutputFormat, i18n: CliI18n, report: EvaluateReport): string {
  if (format === 'markdown') return markdown(i18n, report);
  if (format === 'csv') return csv(i18n, report);
  if (format === 'json') return json(i18n, report);
  return table(i18n, report);
}
