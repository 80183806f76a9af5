/** Small text helpers shared by the output formats: aligned columns, Markdown escaping and a Markdown report's head. */
import type { CliI18n } from './i18n.ts';
import type { GuardCheck } from './guards.ts';

/** Columns padded to their widest cell; `right` lists the right-aligned columns (figures). */
export function alignColumns(rows: readonly (readonly string[])[], right: ReadonlySet<number>, indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((r) => {
    const cells = r.map((cell, i) => {
      const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
      return right.has(i) ? pad + cell : cell + pad;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}

/** Text safe inside a Markdown table cell or paragraph: no table breaks, no HTML, no emphasis. */
export function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}

/** A Markdown table. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[] {
  const rule = header.map((_, i) => (right.has(i) ? '---:' : '---'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`);
}

/**
 * The head of a Markdown report (evaluate and diff alike): the guards' verdict and each guard, then
 * the price file used, if any.
 */
export function markdownHead(i18n: CliI18n, guards: readonly GuardCheck[], prices: string | null | undefined): string[] {
  const out: string[] = [];
  if (guards.length > 0) {
    const failed = guards.filter((g) => !g.ok).length;
    out.push(failed > 0 ? `**${md(i18n.t('cli.guard.summaryFail', { n: String(failed) }))}**` : `**${md(i18n.t('cli.guard.summaryOk'))}**`, '');
    for (const g of guards) out.push(`- ${g.ok ? '✅' : '❌'} ${md(g.message)}`);
    out.push('');
  }
  if (prices) out.push(`_${md(i18n.t('cli.pricesFrom', { file: prices }))}_`, '');
  return out;
}
