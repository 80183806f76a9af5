/**
 * The comparison's break-even points in words, in the page language. The engine's break-even
 * points come as a point or "never crosses" with who is cheaper, with the exact figures of their
 * working; this picks the message for each case and formats every number through i18n (no arithmetic here).
 */
import { ZERO, type Dec, type QuickSightBreakEven, type QuickSightComparison } from '../../../engine/index.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';

type Fmt = Pick<I18n, 't' | 'money' | 'number' | 'lang'>;

const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "17th" in English, "17" in Spanish ("desde la sesión 17"). */
export function ordinal(i18n: Fmt, n: Dec): string {
  const text = i18n.number(n, 0);
  if (i18n.lang !== 'en') return text;
  return `${text}${SUFFIX[ordinalRules.select(n.toNumber())] ?? 'th'}`;
}

/** A figure the engine quoted in the break-even's working (exact); zero when it has none. */
function fig(be: QuickSightBreakEven, key: string): Dec {
  return be.figures[key] ?? ZERO;
}

/** The per-reader share the engine worked out, or a dash without readers. */
function perReader(i18n: Fmt, be: QuickSightBreakEven): string {
  const per = be.figures.perReader;
  return per === undefined ? '—' : i18n.number(per, 2);
}

export function legacyVsReaderText(i18n: Fmt, be: QuickSightBreakEven): string {
  const reader = i18n.money(fig(be, 'reader'));
  const session = i18n.money(fig(be, 'session'));
  if (be.at === null) return i18n.t('qs.be.legacyVsReader.none', { reader });
  if (be.fromWhole === null) return i18n.t('qs.be.legacyVsReader.equalCap', { reader, at: i18n.number(be.at, 2) });
  return i18n.t('qs.be.legacyVsReader', { reader, session, approx: be.exact ? '=' : '≈', at: i18n.number(be.at, 2), fromOrd: ordinal(i18n, be.fromWhole) });
}

export function capText(i18n: Fmt, be: QuickSightBreakEven): string {
  const cap = i18n.money(fig(be, 'cap'));
  const session = i18n.money(fig(be, 'session'), 6);
  if (be.at === null || be.fromWhole === null) return i18n.t('qs.be.cap.none', { cap, session });
  return i18n.t('qs.be.cap', {
    cap,
    session,
    approx: be.exact ? '=' : '≈',
    at: i18n.number(be.at, 2),
    fromOrd: ordinal(i18n, be.fromWhole),
    before: i18n.number(fig(be, 'before'), 0),
    beforeCost: i18n.money(fig(be, 'beforeCost')),
    from: i18n.number(be.fromWhole, 0),
    fromCost: i18n.money(fig(be, 'fromCost')),
  });
}

export function monthlyText(i18n: Fmt, be: QuickSightBreakEven): string {
  const readers = i18n.number(fig(be, 'readers'), 0);
  const perUser = i18n.money(fig(be, 'perUser'));
  const fee = i18n.money(fig(be, 'fee'));
  if (be.at === null || be.fromWhole === null) {
    return be.cheaper === 'perUser' ? i18n.t('qs.be.monthly.perUser', { readers, perUser, fee }) : i18n.t('qs.be.monthly.capacity', { readers, perUser, fee });
  }
  return i18n.t('qs.be.monthly', { readers, perUser, at: i18n.number(be.at, 2), perReader: perReader(i18n, be), from: i18n.number(be.fromWhole, 0) });
}

export function annualText(i18n: Fmt, be: QuickSightBreakEven): string {
  const readers = i18n.number(fig(be, 'readers'), 0);
  const perUserYear = i18n.money(fig(be, 'perUserYear'));
  if (be.at === null || be.fromWhole === null) {
    if (be.cheaper === 'perUser') return i18n.t('qs.be.annual.perUser', { readers, perUserYear, lowest: i18n.money(fig(be, 'lowest')) });
    return i18n.t('qs.be.annual.capacity', { readers, perUserYear, largest: i18n.number(fig(be, 'largest'), 0) });
  }
  return i18n.t('qs.be.annual', {
    readers,
    perUserYear,
    tier: i18n.number(fig(be, 'tier'), 0),
    atYear: i18n.number(fig(be, 'atYear'), 2),
    approx: be.exact ? '=' : '≈',
    at: i18n.number(be.at, 2),
    perReader: perReader(i18n, be),
    from: i18n.number(be.fromWhole, 0),
  });
}

/** The four break-even explanations, in display order, with stable ids. */
export function breakEvenTexts(i18n: Fmt, c: QuickSightComparison): { id: string; text: string }[] {
  const b = c.breakEvens;
  return [
    { id: 'legacyVsReader', text: legacyVsReaderText(i18n, b.legacyVsPerUserReader) },
    { id: 'cap', text: capText(i18n, b.legacyCap) },
    { id: 'monthly', text: monthlyText(i18n, b.capacityMonthlyVsPerUserReaders) },
    { id: 'annual', text: annualText(i18n, b.capacityAnnualVsPerUserReaders) },
  ];
}
