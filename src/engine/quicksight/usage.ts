/**
 * The usage every QuickSight model prices: authors, reader groups (sessions per reader, or visits
 * of N minutes), SPICE, Q&A, the annual tier choice and the capacity models' pooled sessions.
 *
 * Readers are described as GROUPS with a usage pattern, never as a monthly session total, because
 * the legacy cap applies PER READER: 200 readers x 17 sessions cost $1,000.00, not 3,400 x $0.30.
 */
import { ceilWhole, compare, d, max, ONE, parseCount, parseDecimal, sum, ZERO, type Dec, type DecimalString } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { isRecord, own, describeRef } from '../json.ts';
import { absent, parsePrices, type ParsedPrices } from './prices.ts';
import type { QuickSightGroupUsage } from './results.ts';

/** A count or decimal: a decimal string ("0.30") or a safe integer. */
export type QuickSightNumberInput = DecimalString | number;

/**
 * A group of readers sharing one usage pattern. Give EITHER `sessionsPerReader`, OR
 * `visitsPerReader` with `minutesPerVisit` (a visit of N minutes is ceil(N / 30) sessions; any
 * visit is at least one session).
 */
export interface QuickSightReaderGroupInput {
  /** Optional name shown in the line items, e.g. "Sales". */
  readonly name?: string;
  /** How many readers are in the group (whole, >= 0). */
  readonly readers: QuickSightNumberInput;
  /** Sessions each reader starts in a month (whole, >= 0). */
  readonly sessionsPerReader?: QuickSightNumberInput;
  /** Visits each reader makes in a month (whole, >= 0); needs `minutesPerVisit`. */
  readonly visitsPerReader?: QuickSightNumberInput;
  /** Length of each visit in minutes (decimal, > 0); needs `visitsPerReader`. */
  readonly minutesPerVisit?: QuickSightNumberInput;
  /** Emailed reports each reader receives in a month (whole, >= 0); each counts as one session. */
  readonly emailedReportsPerReader?: QuickSightNumberInput;
}

/** The usage priced by every model. Every field is optional except inside reader groups. */
export interface QuickSightUsageInput {
  /** Edition for the legacy model (default "enterprise"); Standard has authors only. */
  readonly edition?: 'enterprise' | 'standard';
  /** Authors billed with an annual commitment (legacy $18 Enterprise / $9 Standard). */
  readonly authorsAnnual?: QuickSightNumberInput;
  /** Authors billed month-to-month (legacy $24 Enterprise / $12 Standard). */
  readonly authorsMonthly?: QuickSightNumberInput;
  /** How many of the authors are Author Pro in the per-user and capacity models. */
  readonly authorPro?: QuickSightNumberInput;
  /** How many of the readers (all groups) are Reader Pro in the per-user model. */
  readonly readerPro?: QuickSightNumberInput;
  /** Reader groups (default none). */
  readonly readerGroups?: readonly QuickSightReaderGroupInput[];
  /** SPICE capacity used, GB (decimal, default 0). */
  readonly spiceGb?: QuickSightNumberInput;
  /** Q&A enabled: triggers the infrastructure fee in the per-user and capacity models. */
  readonly qAndA?: boolean;
  /** Capacity annual tier: "cheapest" (default) or the tier's 1-based position in the price list. */
  readonly annualTier?: 'cheapest' | QuickSightNumberInput;
  /**
   * The capacity models' pooled sessions given as one total, per month or per year, instead of
   * the reader groups' sessions x 12 (e.g. 55,000 a year). The legacy and per-user models still
   * price the reader groups.
   */
  readonly pooledSessions?: { readonly sessions: QuickSightNumberInput; readonly per: 'month' | 'year' };
}

/** Most reader groups one usage may hold. */
export const MAX_READER_GROUPS = 1000;

const THIRTY = d(30);
const TWELVE = d(12);

/** A usage after parsing. */
export interface ParsedUsage {
  readonly path: string;
  readonly edition: 'enterprise' | 'standard';
  readonly authorsAnnual: Dec;
  readonly authorsMonthly: Dec;
  readonly authors: Dec;
  readonly authorPro: Dec;
  readonly readerPro: Dec;
  readonly groups: readonly QuickSightGroupUsage[];
  readonly readers: Dec;
  readonly sessionsPerMonth: Dec;
  /** The capacity models' pool: from the groups, or given as a monthly or yearly total. */
  readonly pool: { readonly perMonth: Dec; readonly perYear: Dec; readonly given: 'groups' | 'month' | 'year' };
  readonly spiceGb: Dec;
  readonly qAndA: boolean;
  /** 0-based tier index, or 'cheapest'. */
  readonly annualTier: 'cheapest' | number;
}

function optionalCount(o: Record<string, unknown>, key: string, path: string): Dec {
  const v = own(o, key);
  return absent(v) ? ZERO : parseCount(v, joinPath(path, key));
}

/**
 * Sessions one visit of `minutes` starts: ceil(minutes / 30), at least 1 (a session covers the
 * next 30 minutes; a shorter visit is still one whole session). Exact for any decimal input.
 */
export function sessionsForVisit(minutes: Dec): Dec {
  let k = ceilWhole(minutes.div(THIRTY));
  // minutes / 30 is rounded to 60 digits, which can only make the ceiling one too low (the true
  // ceiling n has at most 14 digits, so rounding, which is monotone, never goes past it): raise it
  // while the exact product falls short.
  while (compare(k.times(THIRTY), minutes) < 0) k = k.plus(1);
  return max(k, ONE);
}

function parseGroup(g: unknown, index: number, path: string): QuickSightGroupUsage {
  if (!isRecord(g)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.readerGroup', got: describeRef(g) });
  const rawName = own(g, 'name');
  if (!absent(rawName) && typeof rawName !== 'string') throw new EngineError('invalid_type', joinPath(path, 'name'), { expected: '@msg:error.expected.text', got: describeRef(rawName) });
  const trimmed = typeof rawName === 'string' ? rawName.trim().slice(0, 120) : '';
  const name = trimmed === '' ? `Group ${index + 1}` : trimmed;
  const readers = parseCount(own(g, 'readers'), joinPath(path, 'readers'));
  const rawSessions = own(g, 'sessionsPerReader');
  const rawVisits = own(g, 'visitsPerReader');
  const rawMinutes = own(g, 'minutesPerVisit');
  if (!absent(rawSessions)) {
    if (!absent(rawVisits) || !absent(rawMinutes)) {
      throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.sessionsOrVisits' });
    }
    const interactiveSessions = parseCount(rawSessions, joinPath(path, 'sessionsPerReader'));
    const emailedReports = optionalCount(g, 'emailedReportsPerReader', path);
    return Object.freeze({ index, name, readers, interactiveSessions, emailedReports, sessionsPerReader: interactiveSessions.plus(emailedReports) });
  }
  if (absent(rawVisits) && absent(rawMinutes)) throw new EngineError('required', joinPath(path, 'sessionsPerReader'));
  const visitsPerReader = parseCount(rawVisits, joinPath(path, 'visitsPerReader'));
  const minutesPerVisit = parseDecimal(rawMinutes, joinPath(path, 'minutesPerVisit'), { positive: true });
  const sessionsPerVisit = sessionsForVisit(minutesPerVisit);
  const interactiveSessions = visitsPerReader.times(sessionsPerVisit);
  const emailedReports = optionalCount(g, 'emailedReportsPerReader', path);
  return Object.freeze({
    index,
    name,
    readers,
    interactiveSessions,
    emailedReports,
    sessionsPerReader: interactiveSessions.plus(emailedReports),
    visitsPerReader,
    minutesPerVisit,
    sessionsPerVisit,
  });
}

/** A tier choice: "cheapest" (default) or a 1-based position in the price list, as a 0-based index. */
export function parseTierChoice(raw: unknown, path: string, prices: ParsedPrices): 'cheapest' | number {
  if (absent(raw) || raw === 'cheapest') return 'cheapest';
  const t = parseCount(raw, path);
  if (t.lt(1) || t.gt(prices.tiers.length)) throw new EngineError('out_of_range', path, { value: t.toFixed(), min: '1', max: String(prices.tiers.length) });
  return t.toNumber() - 1;
}

function parseEdition(usage: Record<string, unknown>, path: string): 'enterprise' | 'standard' {
  const raw = own(usage, 'edition');
  if (absent(raw)) return 'enterprise';
  if (raw === 'enterprise' || raw === 'standard') return raw;
  throw new EngineError('unknown_option', joinPath(path, 'edition'), { value: (typeof raw === 'string' ? raw : describeRef(raw)).slice(0, 40), allowed: 'enterprise, standard' });
}

function parsePool(raw: unknown, path: string, sessionsPerMonth: Dec): ParsedUsage['pool'] {
  if (absent(raw)) return { perMonth: sessionsPerMonth, perYear: sessionsPerMonth.times(TWELVE), given: 'groups' };
  if (!isRecord(raw)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.pooledSessionsSessionsPer', got: describeRef(raw) });
  const per = own(raw, 'per');
  if (per !== 'month' && per !== 'year') {
    throw new EngineError('unknown_option', joinPath(path, 'per'), { value: typeof per === 'string' ? per.slice(0, 40) : describeRef(per), allowed: 'month, year' });
  }
  const total = parseCount(own(raw, 'sessions'), joinPath(path, 'sessions'));
  return per === 'year' ? { perMonth: total.div(TWELVE), perYear: total, given: 'year' } : { perMonth: total, perYear: total.times(TWELVE), given: 'month' };
}

export function parseUsage(usage: unknown, path: string, prices: ParsedPrices): ParsedUsage {
  if (!isRecord(usage)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.objectDescribingQuickSightUsage', got: describeRef(usage) });
  const edition = parseEdition(usage, path);
  const authorsAnnual = optionalCount(usage, 'authorsAnnual', path);
  const authorsMonthly = optionalCount(usage, 'authorsMonthly', path);
  const authors = authorsAnnual.plus(authorsMonthly);
  const authorPro = optionalCount(usage, 'authorPro', path);
  if (compare(authorPro, authors) > 0) {
    throw new EngineError('too_large', joinPath(path, 'authorPro'), { value: authorPro.toFixed(), max: authors.toFixed() });
  }
  const groupsPath = joinPath(path, 'readerGroups');
  const rawGroups = own(usage, 'readerGroups');
  let groups: QuickSightGroupUsage[] = [];
  if (!absent(rawGroups)) {
    if (!Array.isArray(rawGroups)) throw new EngineError('invalid_type', groupsPath, { expected: '@msg:error.expected.listOfReaderGroups', got: describeRef(rawGroups) });
    if (rawGroups.length > MAX_READER_GROUPS) throw new EngineError('too_large', groupsPath, { value: String(rawGroups.length), max: String(MAX_READER_GROUPS) });
    groups = rawGroups.map((g: unknown, i: number) => parseGroup(g, i, joinPath(groupsPath, i)));
  }
  const readers = sum(groups.map((g) => g.readers));
  const readerPro = optionalCount(usage, 'readerPro', path);
  if (compare(readerPro, readers) > 0) {
    throw new EngineError('too_large', joinPath(path, 'readerPro'), { value: readerPro.toFixed(), max: readers.toFixed() });
  }
  const rawSpice = own(usage, 'spiceGb');
  const spiceGb = absent(rawSpice) ? ZERO : parseDecimal(rawSpice, joinPath(path, 'spiceGb'));
  const rawQ = own(usage, 'qAndA');
  if (!absent(rawQ) && typeof rawQ !== 'boolean') throw new EngineError('invalid_type', joinPath(path, 'qAndA'), { expected: '@msg:error.expected.trueOrFalse', got: describeRef(rawQ) });
  const annualTier = parseTierChoice(own(usage, 'annualTier'), joinPath(path, 'annualTier'), prices);
  const sessionsPerMonth = sum(groups.map((g) => g.readers.times(g.sessionsPerReader)));
  const pool = parsePool(own(usage, 'pooledSessions'), joinPath(path, 'pooledSessions'), sessionsPerMonth);
  return { path, edition, authorsAnnual, authorsMonthly, authors, authorPro, readerPro, groups, readers, sessionsPerMonth, pool, spiceGb, qAndA: rawQ === true, annualTier };
}

/** Parse the prices, then the usage (a tier choice is checked against the price list). */
export function prepare(usage: unknown, prices: unknown, path: string, pricesPath: string): { u: ParsedUsage; p: ParsedPrices } {
  const p = parsePrices(prices, pricesPath);
  return { u: parseUsage(usage, path, p), p };
}
