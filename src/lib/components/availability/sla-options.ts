/**
 * The SLA picker's options: one list per page language, shared by every component's picker (a
 * 200-leaf architecture has one list, not 200 copies of 29 options), and the search over it.
 */
import type { SlaEntry } from '../../../engine/index.ts';
import { SLA_CATALOG } from '../../../data/slas.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import { slaName } from './availability-view.ts';

type T = Pick<I18n, 't' | 'has' | 'number' | 'percent' | 'lang' | 'month' | 'phrase'>;

export interface SlaOption {
  readonly id: string;
  /** The service's name in the page language. */
  readonly name: string;
  /** The SLA as a percent in the page language ("99.95%"). */
  readonly percent: string;
  /** Where the SLA comes from: the AWS page (without "https://") or the catalog's words. */
  readonly source: string;
  readonly unconfirmed: boolean;
  /** The name folded for matching (lower case, no accents). */
  readonly folded: string;
}

/** Lower case without accents: "Región" and "region" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A source URL without its scheme ("aws.amazon.com/rds/sla/"); other sources as written. */
export function sourceText(source: string): string {
  return source.replace(/^https?:\/\//, '');
}

function option(i18n: T, e: SlaEntry): SlaOption {
  const name = slaName(i18n, e.id);
  return { id: e.id, name, percent: i18n.percent(e.sla, 6), source: sourceText(e.source), unconfirmed: e.unconfirmed === true, folded: fold(name) };
}

const byLang = new Map<string, readonly SlaOption[]>();

/** Every catalog SLA as an option in the page language (made once per language). */
export function slaOptions(i18n: T): readonly SlaOption[] {
  let list = byLang.get(i18n.lang);
  if (!list) {
    list = Object.freeze(SLA_CATALOG.map((e) => option(i18n, e)));
    byLang.set(i18n.lang, list);
  }
  return list;
}

/** The options whose name (in the page language) contains every word of `query`, in catalog order. */
export function filterSlaOptions(options: readonly SlaOption[], query: string): readonly SlaOption[] {
  const words = fold(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return options;
  return options.filter((o) => words.every((w) => o.folded.includes(w)));
}
