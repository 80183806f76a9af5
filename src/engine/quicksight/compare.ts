/**
 * Amazon QuickSight pricing (domain.md section 1): the same usage priced under every model.
 *
 * - Legacy Enterprise per-session ({@link quickSightLegacy}): a reader pays $0.30 per 30-minute
 *   session, capped at $5.00 a month (the cap binds from the 17th session); emailed reports count
 *   as sessions toward the cap; authors pay by billing ($18 annual / $24 monthly). Standard edition
 *   has authors only ($9 / $12): readers with Standard throw `standard_no_readers`.
 * - Per-user ({@link quickSightPerUser}): Author $24, Author Pro $40 (UNCONFIRMED), Reader $3,
 *   Reader Pro $20, plus a $250 account infrastructure fee when there is at least one Pro user
 *   (or Q&A is enabled).
 * - Reader capacity, monthly ({@link quickSightCapacityMonthly}) or annual
 *   ({@link quickSightCapacityAnnual}): sessions of all readers are pooled (no per-reader cap);
 *   authors are per-user authors as in the per-user model. Annual prices are shown as monthly
 *   equivalents (/12); above the largest tier AWS says "contact sales" and nubecalc throws the
 *   `contact_sales` error instead of inventing a price.
 *
 * {@link compareQuickSight} prices one usage under the four models (a model that cannot be priced
 * for this usage comes back as a failed `Result`, the others still priced) and reports the
 * break-even points; {@link quickSightChartData} gives cost-per-reader curves for a chart.
 *
 * Every public function takes the usage (or chart input), the prices, an optional `path` under which
 * the usage fields sit in a scenario (error paths like "components.3.usage.readerGroups.1.readers")
 * and an optional `pricesPath` for the price table (default `<path>.prices`).
 *
 * Readers are described as GROUPS with a usage pattern, never as a monthly session total, because
 * the legacy cap applies PER READER: 200 readers x 17 sessions cost $1,000.00, not 3,400 x $0.30.
 *
 * Decisions where domain.md is silent (also in the module README / closing note):
 * - Emailed reports count as sessions in the capacity pool too (the conservative reading).
 * - Author Pro / Reader Pro are counts OF the authors / readers (a subset) that the per-user model
 *   bills at the Pro price. Legacy has no Pro tiers (they are priced as ordinary authors/readers).
 *   The capacity models bill authors exactly as the per-user model (Author Pro and the fee
 *   included) but have no Reader Pro: every reader's sessions go to the pool.
 * - Per-user and capacity authors have one price; the annual/monthly split only matters in legacy.
 * - Capacity annual: annual sessions = monthly sessions x 12, or the yearly total given in
 *   `pooledSessions` (used as given: 55,000 a year need not be a whole number a month); a tier's year costs its price plus
 *   overage on sessions beyond it; "cheapest" picks the lowest yearly cost (ties: smaller tier).
 *   More sessions a year than the largest tier holds is "contact sales", whatever tier was picked.
 * - The capacity subscription is charged even with no readers (it is a commitment).
 */
import { ceilWhole, compare, d, Dec, floorWhole, isOne, isPositive, max, min, num, ONE, parseCount, parseDecimal, sum, usd, ZERO, type DecimalString } from './decimal.ts';
import { EngineError, joinPath, type Result } from './errors.ts';
import { line, type LineItem } from './explain.ts';
import { describe, isRecord, own } from './json.ts';

// ------------------------------------------------------------------------------------------------
// Inputs and prices
// ------------------------------------------------------------------------------------------------

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

/** One annual reader-capacity tier (all decimal strings). */
export interface QuickSightAnnualTierPrices {
  /** Sessions included per year (whole, > 0). */
  readonly sessionsPerYear: DecimalString;
  /** Price per year, USD. */
  readonly pricePerYear: DecimalString;
  /** USD per session beyond `sessionsPerYear`. */
  readonly overagePerSession: DecimalString;
}

/** QuickSight prices: plain decimal strings, so a user can override any of them. */
export interface QuickSightPrices {
  /** Legacy: USD per 30-minute reader session (0.30). */
  readonly readerSession: DecimalString;
  /** Legacy: monthly cap per reader, USD (5.00). */
  readonly readerMonthlyCap: DecimalString;
  /** Legacy Enterprise author, annual commitment, USD/month (18). */
  readonly authorEnterpriseAnnual: DecimalString;
  /** Legacy Enterprise author, month-to-month, USD/month (24). */
  readonly authorEnterpriseMonthly: DecimalString;
  /** Standard edition author, annual commitment, USD/month (9). */
  readonly authorStandardAnnual: DecimalString;
  /** Standard edition author, month-to-month, USD/month (12). */
  readonly authorStandardMonthly: DecimalString;
  /** SPICE GB included per author (10). */
  readonly spiceIncludedGbPerAuthor: DecimalString;
  /** Legacy Enterprise SPICE beyond the included GB, USD/GB-month (0.38). */
  readonly spiceEnterpriseGbMonth: DecimalString;
  /** Standard edition SPICE beyond the included GB, USD/GB-month (0.25). */
  readonly spiceStandardGbMonth: DecimalString;
  /** Per-user Author, USD/month (24). */
  readonly perUserAuthor: DecimalString;
  /** Per-user Author Pro, USD/month (40, UNCONFIRMED). */
  readonly perUserAuthorPro: DecimalString;
  /** Per-user Reader, USD/month (3). */
  readonly perUserReader: DecimalString;
  /** Per-user Reader Pro, USD/month (20). */
  readonly perUserReaderPro: DecimalString;
  /** Account infrastructure fee with a Pro user or Q&A, USD/month (250). */
  readonly perUserInfrastructureFee: DecimalString;
  /** Per-user and capacity models: SPICE beyond the included GB, USD/GB-month (0.38). */
  readonly perUserSpiceGbMonth: DecimalString;
  /** Monthly reader capacity fee, USD (250). */
  readonly capacityMonthlyFee: DecimalString;
  /** Sessions included in the monthly capacity fee (500). */
  readonly capacityMonthlySessions: DecimalString;
  /** USD per session beyond the monthly capacity (0.50). */
  readonly capacityMonthlyOverage: DecimalString;
  /** Annual reader capacity tiers; the largest `sessionsPerYear` is the "contact sales" limit. */
  readonly capacityAnnualTiers: readonly QuickSightAnnualTierPrices[];
  /** Keys of prices the catalog marks UNCONFIRMED (results flag them when they are used). */
  readonly unconfirmed?: readonly string[];
}

/** The scalar price keys of {@link QuickSightPrices}, in catalog order. */
export const QUICKSIGHT_PRICE_KEYS = Object.freeze([
  'readerSession',
  'readerMonthlyCap',
  'authorEnterpriseAnnual',
  'authorEnterpriseMonthly',
  'authorStandardAnnual',
  'authorStandardMonthly',
  'spiceIncludedGbPerAuthor',
  'spiceEnterpriseGbMonth',
  'spiceStandardGbMonth',
  'perUserAuthor',
  'perUserAuthorPro',
  'perUserReader',
  'perUserReaderPro',
  'perUserInfrastructureFee',
  'perUserSpiceGbMonth',
  'capacityMonthlyFee',
  'capacityMonthlySessions',
  'capacityMonthlyOverage',
] as const);

/** A scalar QuickSight price key. */
export type QuickSightPriceKey = (typeof QUICKSIGHT_PRICE_KEYS)[number];

/** A price name that can be marked UNCONFIRMED: a scalar key, or the annual tier table. */
export type QuickSightPriceName = QuickSightPriceKey | 'capacityAnnualTiers';

const PRICE_LABELS: Readonly<Record<QuickSightPriceName, string>> = Object.freeze({
  readerSession: 'legacy reader session',
  readerMonthlyCap: 'legacy reader monthly cap',
  authorEnterpriseAnnual: 'Enterprise author (annual)',
  authorEnterpriseMonthly: 'Enterprise author (month-to-month)',
  authorStandardAnnual: 'Standard author (annual)',
  authorStandardMonthly: 'Standard author (month-to-month)',
  spiceIncludedGbPerAuthor: 'SPICE included per author',
  spiceEnterpriseGbMonth: 'Enterprise SPICE',
  spiceStandardGbMonth: 'Standard SPICE',
  perUserAuthor: 'Author',
  perUserAuthorPro: 'Author Pro',
  perUserReader: 'Reader',
  perUserReaderPro: 'Reader Pro',
  perUserInfrastructureFee: 'account infrastructure fee',
  perUserSpiceGbMonth: 'SPICE',
  capacityMonthlyFee: 'monthly reader capacity',
  capacityMonthlySessions: 'monthly capacity sessions',
  capacityMonthlyOverage: 'monthly capacity overage',
  capacityAnnualTiers: 'annual reader capacity tier',
});

/** Most reader groups one usage may hold. */
export const MAX_READER_GROUPS = 1000;
/** Most annual tiers a price list may hold. */
export const MAX_ANNUAL_TIERS = 50;
/** Most points (sessions 0..N) a chart may ask for. */
export const MAX_CHART_SESSIONS = 10000;

const THIRTY = d(30);
const TWELVE = d(12);
const WHOLE_PRICES: ReadonlySet<QuickSightPriceKey> = new Set(['capacityMonthlySessions']);

// ------------------------------------------------------------------------------------------------
// Results
// ------------------------------------------------------------------------------------------------

/** The four pricing models, in comparison order. */
export type QuickSightModel = 'legacy' | 'perUser' | 'capacityMonthly' | 'capacityAnnual';

/** The models in comparison order. */
export const QUICKSIGHT_MODELS: readonly QuickSightModel[] = Object.freeze(['legacy', 'perUser', 'capacityMonthly', 'capacityAnnual']);

/** Monthly subtotals by what they pay for (they add up to `total`). */
export interface QuickSightSubtotals {
  readonly authors: Dec;
  readonly readers: Dec;
  readonly spice: Dec;
  readonly infrastructureFee: Dec;
}

/** A reader group after parsing: how many sessions each reader starts a month. */
export interface QuickSightGroupUsage {
  /** Position in `readerGroups`. */
  readonly index: number;
  /** The group's name, or "Group N". */
  readonly name: string;
  readonly readers: Dec;
  /** Interactive sessions per reader (from sessionsPerReader, or visits x ceil(minutes / 30)). */
  readonly interactiveSessions: Dec;
  /** Emailed reports per reader. */
  readonly emailedReports: Dec;
  /** interactiveSessions + emailedReports: what the legacy cap and the capacity pool count. */
  readonly sessionsPerReader: Dec;
  /** When given as visits: visits per reader, minutes per visit and ceil(minutes / 30). */
  readonly visitsPerReader?: Dec;
  readonly minutesPerVisit?: Dec;
  readonly sessionsPerVisit?: Dec;
}

/** Fields every model result has. */
export interface QuickSightResultBase {
  readonly model: QuickSightModel;
  /** Monthly cost in USD (annual prices as monthly equivalents): the sum of the cost lines. */
  readonly total: Dec;
  readonly subtotals: QuickSightSubtotals;
  /** The working: cost lines add up to `total`, info lines explain. */
  readonly lines: readonly LineItem[];
  /** UNCONFIRMED prices this result used (see `QuickSightPrices.unconfirmed`). */
  readonly unconfirmedPrices: readonly QuickSightPriceName[];
}

/** One reader group under the legacy per-session model. */
export interface QuickSightLegacyGroupCost extends QuickSightGroupUsage {
  /** sessionsPerReader x session price, before the cap. */
  readonly uncappedPerReader: Dec;
  /** min(uncapped, cap): never above the cap. */
  readonly costPerReader: Dec;
  /** True when the cap lowered the charge. */
  readonly capped: boolean;
  /** costPerReader x readers. */
  readonly total: Dec;
}

/** Legacy per-session (Enterprise) or Standard edition result. */
export interface QuickSightLegacyResult extends QuickSightResultBase {
  readonly model: 'legacy';
  readonly edition: 'enterprise' | 'standard';
  readonly groups: readonly QuickSightLegacyGroupCost[];
}

/** Per-user model result. */
export interface QuickSightPerUserResult extends QuickSightResultBase {
  readonly model: 'perUser';
  /** True when the $250 account infrastructure fee applies. */
  readonly infrastructureFee: boolean;
}

/** Monthly reader-capacity result. */
export interface QuickSightCapacityMonthlyResult extends QuickSightResultBase {
  readonly model: 'capacityMonthly';
  /** Pooled sessions of all readers per month. */
  readonly sessionsPerMonth: Dec;
  /** Sessions beyond the included ones. */
  readonly extraSessions: Dec;
}

/** One annual tier's yearly cost for the usage (null cost when the usage is above every tier). */
export interface QuickSightAnnualTierCost {
  /** 1-based position in the price list. */
  readonly tier: number;
  readonly sessionsPerYear: Dec;
  readonly pricePerYear: Dec;
  readonly overagePerSession: Dec;
  /** Price + overage for the year. */
  readonly costPerYear: Dec;
  /** costPerYear / 12. */
  readonly costPerMonth: Dec;
}

/** Annual reader-capacity result (monthly equivalent). */
export interface QuickSightCapacityAnnualResult extends QuickSightResultBase {
  readonly model: 'capacityAnnual';
  readonly sessionsPerMonth: Dec;
  /** sessionsPerMonth x 12. */
  readonly sessionsPerYear: Dec;
  /** True when the tier was picked as the cheapest for the usage. */
  readonly autoTier: boolean;
  /** The tier priced. */
  readonly tier: QuickSightAnnualTierCost;
  /** Every tier's cost for this usage, in price-list order (what "cheapest" chose from). */
  readonly tierCosts: readonly QuickSightAnnualTierCost[];
}

/** Any model result. */
export type QuickSightResult = QuickSightLegacyResult | QuickSightPerUserResult | QuickSightCapacityMonthlyResult | QuickSightCapacityAnnualResult;

/** A break-even point between two costs. */
export interface QuickSightBreakEven {
  /** Where the two costs are equal, in `unit`; null when they never cross. */
  readonly at: Dec | null;
  /** True when `at` is exact; false when it is a repeating decimal rounded to 60 digits. */
  readonly exact: boolean;
  /** The first whole count strictly past `at` (e.g. the 17th session for the cap); null if none. */
  readonly fromWhole: Dec | null;
  /** "sessions per reader" or "sessions per month". */
  readonly unit: string;
  /** The working, as an info line. */
  readonly line: LineItem;
}

/** The break-even points the comparison reports. */
export interface QuickSightBreakEvens {
  /** Sessions per reader where legacy per-session equals the per-user Reader (10 by default). */
  readonly legacyVsPerUserReader: QuickSightBreakEven;
  /** Sessions per reader where the legacy cap is reached (16.67: binds from the 17th session). */
  readonly legacyCap: QuickSightBreakEven;
  /** Pooled sessions per month where monthly capacity equals readers x per-user Reader price. */
  readonly capacityMonthlyVsPerUserReaders: QuickSightBreakEven;
  /** Pooled sessions per month where the annual capacity (tier choice as in the usage) equals it. */
  readonly capacityAnnualVsPerUserReaders: QuickSightBreakEven;
}

/** Every model priced on the same usage. */
export interface QuickSightComparison {
  /** Fails with `standard_no_readers` when the edition is Standard and there are readers. */
  readonly legacy: Result<QuickSightLegacyResult>;
  readonly perUser: Result<QuickSightPerUserResult>;
  readonly capacityMonthly: Result<QuickSightCapacityMonthlyResult>;
  /** Fails with `contact_sales` above the largest annual tier. */
  readonly capacityAnnual: Result<QuickSightCapacityAnnualResult>;
  /** The priced model(s) with the lowest monthly total (several on a tie). */
  readonly cheapest: readonly QuickSightModel[];
  readonly readers: Dec;
  readonly sessionsPerMonth: Dec;
  readonly breakEvens: QuickSightBreakEvens;
  /** One info line per model total (or why it is not priced), then the break-even lines. */
  readonly lines: readonly LineItem[];
}

// ------------------------------------------------------------------------------------------------
// Parsing
// ------------------------------------------------------------------------------------------------

interface ParsedTier {
  readonly sessions: Dec;
  readonly price: Dec;
  readonly overage: Dec;
}

type ParsedPrices = Readonly<Record<QuickSightPriceKey, Dec>> & {
  readonly tiers: readonly ParsedTier[];
  readonly largestTierSessions: Dec;
  readonly unconfirmed: ReadonlySet<string>;
  /** What depends on the prices alone, worked out once when first asked for (see {@link priceDerived}). */
  readonly derived: PriceDerived;
};

/** Results that depend on a price table alone (immutable once set). */
interface PriceDerived {
  legacyVsPerUserReader?: QuickSightBreakEven;
  legacyCap?: QuickSightBreakEven;
  /** Each annual tier's cost for a usage within its sessions (no overage): the same for any such usage. */
  tierBase?: readonly QuickSightAnnualTierCost[];
  /** The monthly capacity fee's cost line (it quotes prices only). */
  monthlyFee?: SheetEntry;
  /** Each annual tier's price line ("price per year / 12"), by tier index. */
  annualPrice?: Map<number, SheetEntry>;
}

interface ParsedUsage {
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
  /** Lines several models share, built once per usage (see {@link Sheet.replay}). */
  readonly shared: Map<string, SharedLines>;
}

function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

function optionalCount(o: Record<string, unknown>, key: string, path: string): Dec {
  const v = own(o, key);
  return absent(v) ? ZERO : parseCount(v, joinPath(path, key));
}

/**
 * Parsed price tables by content (module-level, bounded, most recently used first): a table is
 * parsed once however many components or models use it. Only tables that parsed without error
 * and hold text and safe integers where prices go are kept, and a parsed table is never changed
 * (its `derived` values are set once, deterministically, from the prices).
 */
const PRICE_CACHE: { readonly values: readonly unknown[]; readonly parsed: ParsedPrices }[] = [];
const PRICE_CACHE_MAX = 16;

/**
 * What {@link parseTable} reads, in order (scalar prices, the tier count and each tier's three
 * values, then -1 without `unconfirmed` or its length and names), or undefined when the table
 * holds anything but text and safe integers there (such a table is parsed every time).
 */
function priceValues(prices: Record<string, unknown>): unknown[] | undefined {
  const values: unknown[] = [];
  const simple = (v: unknown): boolean => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));
  for (const key of QUICKSIGHT_PRICE_KEYS) {
    const v = own(prices, key);
    if (!simple(v)) return undefined;
    values.push(v);
  }
  const tiers = own(prices, 'capacityAnnualTiers');
  if (!Array.isArray(tiers)) return undefined;
  values.push(tiers.length);
  for (let i = 0; i < tiers.length; i++) {
    const t: unknown = tiers[i];
    if (!isRecord(t)) return undefined;
    for (const f of ['sessionsPerYear', 'pricePerYear', 'overagePerSession']) {
      const v = own(t, f);
      if (!simple(v)) return undefined;
      values.push(v);
    }
  }
  const unconfirmed = own(prices, 'unconfirmed');
  if (absent(unconfirmed)) {
    values.push(-1);
    return values;
  }
  if (!Array.isArray(unconfirmed)) return undefined;
  values.push(unconfirmed.length);
  for (let i = 0; i < unconfirmed.length; i++) {
    const k: unknown = unconfirmed[i];
    if (typeof k !== 'string') return undefined;
    values.push(k);
  }
  return values;
}

/**
 * True when `prices` holds exactly `values` (see {@link priceValues}), compared one by one with ===
 * (the values are text and safe integers, so equal means the same input; -0 and 0 parse alike).
 */
function sameValues(prices: Record<string, unknown>, values: readonly unknown[]): boolean {
  let j = 0;
  for (const key of QUICKSIGHT_PRICE_KEYS) if (own(prices, key) !== values[j++]) return false;
  const tiers = own(prices, 'capacityAnnualTiers');
  if (!Array.isArray(tiers) || tiers.length !== values[j++]) return false;
  for (let i = 0; i < tiers.length; i++) {
    const t: unknown = tiers[i];
    if (!isRecord(t)) return false;
    if (own(t, 'sessionsPerYear') !== values[j++] || own(t, 'pricePerYear') !== values[j++] || own(t, 'overagePerSession') !== values[j++]) return false;
  }
  const unconfirmed = own(prices, 'unconfirmed');
  if (absent(unconfirmed)) return values[j] === -1;
  if (!Array.isArray(unconfirmed) || unconfirmed.length !== values[j++]) return false;
  for (let i = 0; i < unconfirmed.length; i++) if (unconfirmed[i] !== values[j++]) return false;
  return true;
}

/** Parse the price table; `base` is its own path (e.g. "prices" or "components.3.prices"). */
function parsePrices(prices: unknown, base: string): ParsedPrices {
  if (!isRecord(prices)) return parseTable(prices, base);
  for (let i = 0; i < PRICE_CACHE.length; i++) {
    const entry = PRICE_CACHE[i];
    if (entry !== undefined && sameValues(prices, entry.values)) {
      if (i > 0) {
        PRICE_CACHE.splice(i, 1);
        PRICE_CACHE.unshift(entry);
      }
      return entry.parsed;
    }
  }
  const parsed = parseTable(prices, base);
  const values = priceValues(prices);
  if (values !== undefined) {
    PRICE_CACHE.unshift({ values, parsed });
    if (PRICE_CACHE.length > PRICE_CACHE_MAX) PRICE_CACHE.pop();
  }
  return parsed;
}

function parseTable(prices: unknown, base: string): ParsedPrices {
  if (!isRecord(prices)) throw new EngineError('invalid_type', base, { expected: 'an object of QuickSight prices', got: describe(prices) });
  const out: Partial<Record<QuickSightPriceKey, Dec>> = {};
  for (const key of QUICKSIGHT_PRICE_KEYS) {
    const p = joinPath(base, key);
    out[key] = WHOLE_PRICES.has(key) ? parseCount(own(prices, key), p) : parseDecimal(own(prices, key), p);
  }
  const tiersPath = joinPath(base, 'capacityAnnualTiers');
  const rawTiers = own(prices, 'capacityAnnualTiers');
  if (absent(rawTiers)) throw new EngineError('required', tiersPath);
  if (!Array.isArray(rawTiers)) throw new EngineError('invalid_type', tiersPath, { expected: 'a list of annual tiers', got: describe(rawTiers) });
  if (rawTiers.length === 0) throw new EngineError('empty_group', tiersPath);
  if (rawTiers.length > MAX_ANNUAL_TIERS) throw new EngineError('too_large', tiersPath, { value: String(rawTiers.length), max: String(MAX_ANNUAL_TIERS) });
  const tiers: ParsedTier[] = rawTiers.map((t: unknown, i: number) => {
    const tp = joinPath(tiersPath, i);
    if (!isRecord(t)) throw new EngineError('invalid_type', tp, { expected: 'an annual tier', got: describe(t) });
    return {
      sessions: parseCount(own(t, 'sessionsPerYear'), joinPath(tp, 'sessionsPerYear'), { positive: true }),
      price: parseDecimal(own(t, 'pricePerYear'), joinPath(tp, 'pricePerYear')),
      overage: parseDecimal(own(t, 'overagePerSession'), joinPath(tp, 'overagePerSession')),
    };
  });
  const unconfirmedPath = joinPath(base, 'unconfirmed');
  const rawUnconfirmed = own(prices, 'unconfirmed');
  const unconfirmed = new Set<string>();
  if (!absent(rawUnconfirmed)) {
    if (!Array.isArray(rawUnconfirmed)) throw new EngineError('invalid_type', unconfirmedPath, { expected: 'a list of price names', got: describe(rawUnconfirmed) });
    rawUnconfirmed.forEach((k: unknown, i: number) => {
      if (typeof k !== 'string' || !(QUICKSIGHT_PRICE_KEYS as readonly string[]).concat('capacityAnnualTiers').includes(k)) {
        throw new EngineError('unknown_option', joinPath(unconfirmedPath, i), { value: String(typeof k === 'string' ? k : describe(k)).slice(0, 40) });
      }
      unconfirmed.add(k);
    });
  }
  return Object.freeze({
    ...(out as Record<QuickSightPriceKey, Dec>),
    tiers: Object.freeze(tiers.map((t) => Object.freeze(t))),
    largestTierSessions: tiers.reduce((m, t) => max(m, t.sessions), ZERO),
    unconfirmed,
    derived: {},
  });
}

function parseGroup(g: unknown, index: number, path: string): QuickSightGroupUsage {
  if (!isRecord(g)) throw new EngineError('invalid_type', path, { expected: 'a reader group', got: describe(g) });
  const rawName = own(g, 'name');
  if (!absent(rawName) && typeof rawName !== 'string') throw new EngineError('invalid_type', joinPath(path, 'name'), { expected: 'text', got: describe(rawName) });
  const trimmed = typeof rawName === 'string' ? rawName.trim().slice(0, 120) : '';
  const name = trimmed === '' ? `Group ${index + 1}` : trimmed;
  const readers = parseCount(own(g, 'readers'), joinPath(path, 'readers'));
  const rawSessions = own(g, 'sessionsPerReader');
  const rawVisits = own(g, 'visitsPerReader');
  const rawMinutes = own(g, 'minutesPerVisit');
  let interactiveSessions: Dec;
  let visits: Dec | undefined;
  let minutes: Dec | undefined;
  let sessionsPerVisit: Dec | undefined;
  if (!absent(rawSessions)) {
    if (!absent(rawVisits) || !absent(rawMinutes)) {
      throw new EngineError('invalid_type', path, { expected: 'either sessionsPerReader, or visitsPerReader with minutesPerVisit (not both)' });
    }
    interactiveSessions = parseCount(rawSessions, joinPath(path, 'sessionsPerReader'));
  } else if (!absent(rawVisits) || !absent(rawMinutes)) {
    visits = parseCount(rawVisits, joinPath(path, 'visitsPerReader'));
    minutes = parseDecimal(rawMinutes, joinPath(path, 'minutesPerVisit'), { positive: true });
    sessionsPerVisit = sessionsForVisit(minutes);
    interactiveSessions = visits.times(sessionsPerVisit);
  } else {
    throw new EngineError('required', joinPath(path, 'sessionsPerReader'));
  }
  const emailedReports = optionalCount(g, 'emailedReportsPerReader', path);
  const group: QuickSightGroupUsage = {
    index,
    name,
    readers,
    interactiveSessions,
    emailedReports,
    sessionsPerReader: interactiveSessions.plus(emailedReports),
  };
  if (!(visits && minutes && sessionsPerVisit)) return Object.freeze(group);
  // Written out (not `{ ...group, ... }`): a spread followed by more properties is slow in V8.
  return Object.freeze({
    index,
    name,
    readers,
    interactiveSessions,
    emailedReports,
    sessionsPerReader: group.sessionsPerReader,
    visitsPerReader: visits,
    minutesPerVisit: minutes,
    sessionsPerVisit,
  });
}

/**
 * Sessions one visit of `minutes` starts: ceil(minutes / 30), at least 1 (a session covers the
 * next 30 minutes; a shorter visit is still one whole session). Exact for any decimal input.
 */
export function sessionsForVisit(minutes: Dec): Dec {
  let k = ceilWhole(minutes.div(THIRTY));
  // minutes / 30 is rounded to 60 digits: correct the ceiling with exact products.
  while (compare(k.times(THIRTY), minutes) < 0) k = k.plus(1);
  while (compare(k, ONE) > 0 && compare(k.minus(1).times(THIRTY), minutes) >= 0) k = k.minus(1);
  return max(k, ONE);
}

function parseUsage(usage: unknown, path: string, prices: ParsedPrices): ParsedUsage {
  if (!isRecord(usage)) throw new EngineError('invalid_type', path, { expected: 'an object describing QuickSight usage', got: describe(usage) });
  const rawEdition = own(usage, 'edition');
  let edition: 'enterprise' | 'standard' = 'enterprise';
  if (!absent(rawEdition)) {
    if (rawEdition !== 'enterprise' && rawEdition !== 'standard') {
      throw new EngineError('unknown_option', joinPath(path, 'edition'), { value: String(typeof rawEdition === 'string' ? rawEdition : describe(rawEdition)).slice(0, 40), allowed: 'enterprise, standard' });
    }
    edition = rawEdition;
  }
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
    if (!Array.isArray(rawGroups)) throw new EngineError('invalid_type', groupsPath, { expected: 'a list of reader groups', got: describe(rawGroups) });
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
  if (!absent(rawQ) && typeof rawQ !== 'boolean') throw new EngineError('invalid_type', joinPath(path, 'qAndA'), { expected: 'true or false', got: describe(rawQ) });
  const rawTier = own(usage, 'annualTier');
  let annualTier: 'cheapest' | number = 'cheapest';
  if (!absent(rawTier) && rawTier !== 'cheapest') {
    const tierPath = joinPath(path, 'annualTier');
    const t = parseCount(rawTier, tierPath);
    if (t.lt(1) || t.gt(prices.tiers.length)) {
      throw new EngineError('out_of_range', tierPath, { value: t.toFixed(), min: '1', max: String(prices.tiers.length) });
    }
    annualTier = t.toNumber() - 1;
  }
  const sessionsPerMonth = sum(groups.map((g) => g.readers.times(g.sessionsPerReader)));
  const rawPool = own(usage, 'pooledSessions');
  let pool: ParsedUsage['pool'] = { perMonth: sessionsPerMonth, perYear: sessionsPerMonth.times(TWELVE), given: 'groups' };
  if (!absent(rawPool)) {
    const poolPath = joinPath(path, 'pooledSessions');
    if (!isRecord(rawPool)) throw new EngineError('invalid_type', poolPath, { expected: 'pooled sessions { sessions, per }', got: describe(rawPool) });
    const per = own(rawPool, 'per');
    if (per !== 'month' && per !== 'year') {
      throw new EngineError('unknown_option', joinPath(poolPath, 'per'), { value: typeof per === 'string' ? per.slice(0, 40) : describe(per), allowed: 'month, year' });
    }
    const total = parseCount(own(rawPool, 'sessions'), joinPath(poolPath, 'sessions'));
    pool = per === 'year' ? { perMonth: total.div(TWELVE), perYear: total, given: 'year' } : { perMonth: total, perYear: total.times(TWELVE), given: 'month' };
  }
  return {
    path,
    edition,
    authorsAnnual,
    authorsMonthly,
    authors,
    authorPro,
    readerPro,
    groups,
    readers,
    sessionsPerMonth,
    pool,
    spiceGb,
    qAndA: rawQ === true,
    annualTier,
    shared: new Map(),
  };
}

function prepare(usage: unknown, prices: unknown, path: string, pricesPath: string): { u: ParsedUsage; p: ParsedPrices } {
  const p = parsePrices(prices, pricesPath);
  return { u: parseUsage(usage, path, p), p };
}

// ------------------------------------------------------------------------------------------------
// Line helpers
// ------------------------------------------------------------------------------------------------

/** Money rounded to the cent for display (monthly equivalents of yearly prices); amounts stay exact. */
function cents(x: Dec): string {
  return usd(x, 2);
}

function plural(n: Dec, one: string, many = `${one}s`): string {
  return `${num(n)} ${isOne(n) ? one : many}`;
}

/** Where the model functions write their lines: a model's {@link Sheet}, or a {@link Recorder}. */
interface LineSink {
  /** A cost line; `uses` names the prices it applied (flagged when UNCONFIRMED). */
  cost(part: keyof QuickSightSubtotals, key: string, text: string, amount: Dec, params: Record<string, string>, uses?: readonly QuickSightPriceName[]): void;
  info(key: string, text: string, amount: Dec, params: Record<string, string>, unit: string): void;
  /** A line recorded by a {@link Recorder}, added as it was written. */
  entry(e: SheetEntry): void;
}

/** One recorded line: a cost line when `part` is set. */
interface SheetEntry {
  readonly item: LineItem;
  readonly part?: keyof QuickSightSubtotals;
  readonly uses?: readonly QuickSightPriceName[];
}

/** Lines several models of one comparison write alike, recorded once (plus the builder's answer). */
interface SharedLines {
  readonly entries: readonly SheetEntry[];
  readonly value: boolean;
}

/** Records lines instead of adding them up, so each model's sheet can replay them. */
class Recorder implements LineSink {
  readonly entries: SheetEntry[] = [];
  cost(part: keyof QuickSightSubtotals, key: string, text: string, amount: Dec, params: Record<string, string>, uses: readonly QuickSightPriceName[] = []): void {
    this.entries.push({ item: line(key, text, amount, params), part, uses });
  }
  info(key: string, text: string, amount: Dec, params: Record<string, string>, unit: string): void {
    this.entries.push({ item: line(key, text, amount, params, 'info', unit) });
  }
  entry(e: SheetEntry): void {
    this.entries.push(e);
  }
}

/**
 * Write into `sink` the lines `build` writes, exactly as if it wrote them there. They are built
 * once per usage under `key` and replayed into the other models' sheets (the same frozen items).
 */
function shared(sink: LineSink, u: ParsedUsage, key: string, build: (sink: LineSink) => boolean | void): boolean {
  let rec = u.shared.get(key);
  if (rec === undefined) {
    const r = new Recorder();
    const value = build(r) === true;
    rec = { entries: r.entries, value };
    u.shared.set(key, rec);
  }
  for (const e of rec.entries) sink.entry(e);
  return rec.value;
}

/** Collects lines and subtotals; the total is the sum of the cost lines. */
class Sheet implements LineSink {
  readonly lines: LineItem[] = [];
  readonly sub = { authors: ZERO, readers: ZERO, spice: ZERO, infrastructureFee: ZERO };
  readonly unconfirmed: QuickSightPriceName[] = [];
  constructor(private readonly p: ParsedPrices) {}
  /** A cost line; `uses` names the prices it applied (flagged when UNCONFIRMED). */
  cost(part: keyof QuickSightSubtotals, key: string, text: string, amount: Dec, params: Record<string, string>, uses: readonly QuickSightPriceName[] = []): void {
    this.addCost(part, line(key, text, amount, params), uses);
  }
  private addCost(part: keyof QuickSightSubtotals, item: LineItem, uses: readonly QuickSightPriceName[]): void {
    this.lines.push(item);
    this.sub[part] = this.sub[part].plus(item.amount);
    for (const u of uses) this.flagUnconfirmed(u);
  }
  info(key: string, text: string, amount: Dec, params: Record<string, string>, unit: string): void {
    this.lines.push(line(key, text, amount, params, 'info', unit));
  }
  entry(e: SheetEntry): void {
    if (e.part === undefined) this.lines.push(e.item);
    else this.addCost(e.part, e.item, e.uses ?? []);
  }
  private flagUnconfirmed(key: QuickSightPriceName): void {
    if (!this.p.unconfirmed.has(key) || this.unconfirmed.includes(key)) return;
    this.unconfirmed.push(key);
    const label = PRICE_LABELS[key];
    if (key === 'capacityAnnualTiers') {
      this.info('quicksight.price.unconfirmed', `The ${label} prices are UNCONFIRMED in the price catalog; check them before relying on them.`, ZERO, { price: key, label, value: '' }, 'USD');
      return;
    }
    const v = this.p[key];
    this.info('quicksight.price.unconfirmed', `The ${label} price ${usd(v)} is UNCONFIRMED in the price catalog; check it before relying on it.`, v, { price: key, label, value: v.toFixed() }, 'USD');
  }
  base<M extends QuickSightModel>(model: M) {
    const sub = this.sub;
    const subtotals: QuickSightSubtotals = Object.freeze({ authors: sub.authors, readers: sub.readers, spice: sub.spice, infrastructureFee: sub.infrastructureFee });
    return {
      model,
      total: subtotals.authors.plus(subtotals.readers).plus(subtotals.spice).plus(subtotals.infrastructureFee),
      subtotals,
      lines: Object.freeze(this.lines.slice()),
      unconfirmedPrices: Object.freeze(this.unconfirmed.slice()),
    };
  }
}

function groupSessionLine(s: LineSink, g: QuickSightGroupUsage): void {
  const emailed = g.emailedReports.isZero() ? '' : ` + ${plural(g.emailedReports, 'emailed report')} = ${plural(g.sessionsPerReader, 'session')}`;
  const params = {
    group: g.name,
    interactive: g.interactiveSessions.toFixed(),
    emailed: g.emailedReports.toFixed(),
    sessions: g.sessionsPerReader.toFixed(),
  };
  const { visitsPerReader: visits, minutesPerVisit: minutes, sessionsPerVisit: perVisit } = g;
  if (visits && minutes && perVisit) {
    s.info(
      'quicksight.group.sessions.visits',
      `${g.name}: ${plural(visits, 'visit')} x ${plural(perVisit, 'session')} (a ${num(minutes)}-minute visit is ceil(${num(minutes)} / 30) = ${num(perVisit)}) = ${plural(g.interactiveSessions, 'session')}${emailed} per reader per month`,
      g.sessionsPerReader,
      {
        group: params.group,
        interactive: params.interactive,
        emailed: params.emailed,
        sessions: params.sessions,
        visits: visits.toFixed(),
        minutes: minutes.toFixed(),
        sessionsPerVisit: perVisit.toFixed(),
      },
      'sessions',
    );
  } else {
    s.info('quicksight.group.sessions', `${g.name}: ${plural(g.interactiveSessions, 'session')}${emailed} per reader per month`, g.sessionsPerReader, params, 'sessions');
  }
}

function spiceLines(s: LineSink, u: ParsedUsage, p: ParsedPrices, rateKey: QuickSightPriceKey, rateLabel: string): void {
  if (u.spiceGb.isZero()) return;
  const rate = p[rateKey];
  const included = u.authors.times(p.spiceIncludedGbPerAuthor);
  const extra = max(ZERO, u.spiceGb.minus(included));
  s.info(
    'quicksight.spice.included',
    `SPICE included: ${plural(u.authors, 'author')} x ${num(p.spiceIncludedGbPerAuthor)} GB = ${num(included)} GB`,
    included,
    { authors: u.authors.toFixed(), perAuthor: p.spiceIncludedGbPerAuthor.toFixed(), included: included.toFixed() },
    'GB',
  );
  if (extra.isZero()) {
    s.info('quicksight.spice.withinIncluded', `SPICE: ${num(u.spiceGb)} GB used is within the ${num(included)} GB included, no charge`, u.spiceGb, { used: u.spiceGb.toFixed(), included: included.toFixed() }, 'GB');
    return;
  }
  const cost = extra.times(rate);
  s.cost(
    'spice',
    'quicksight.spice.extra',
    `SPICE: (${num(u.spiceGb)} GB - ${num(included)} GB included) = ${num(extra)} GB x ${usd(rate)} per GB-month (${rateLabel}) = ${usd(cost)}`,
    cost,
    { used: u.spiceGb.toFixed(), included: included.toFixed(), extra: extra.toFixed(), rate: rate.toFixed(), edition: rateLabel, amount: cost.toFixed() },
    [rateKey, 'spiceIncludedGbPerAuthor'],
  );
}

/** {@link perUserAuthorLines}, built once per usage and `countReaderPro`. */
function perUserAuthors(s: LineSink, u: ParsedUsage, p: ParsedPrices, countReaderPro: boolean): boolean {
  // Without Reader Pro users, counting them changes nothing: both models share one set of lines.
  const withReaderPro = countReaderPro && !u.readerPro.isZero();
  return shared(s, u, withReaderPro ? 'authors.readerPro' : 'authors', (r) => perUserAuthorLines(r, u, p, withReaderPro));
}

/** SPICE at the per-user rate (per-user and capacity models), built once per usage. */
function perUserSpice(s: LineSink, u: ParsedUsage, p: ParsedPrices): void {
  if (u.spiceGb.isZero()) return;
  shared(s, u, 'spice', (r) => spiceLines(r, u, p, 'perUserSpiceGbMonth', 'per-user'));
}

/** Authors under the per-user price list (per-user and capacity models), plus the fee. */
function perUserAuthorLines(s: LineSink, u: ParsedUsage, p: ParsedPrices, countReaderPro: boolean): boolean {
  const regular = u.authors.minus(u.authorPro);
  if (isPositive(regular) || u.authorPro.isZero()) {
    const cost = regular.times(p.perUserAuthor);
    s.cost('authors', 'quicksight.perUser.authors', `${plural(regular, 'author')} x ${usd(p.perUserAuthor)} = ${usd(cost)}`, cost, {
      authors: regular.toFixed(),
      price: p.perUserAuthor.toFixed(),
      amount: cost.toFixed(),
    }, isPositive(regular) ? ['perUserAuthor'] : []);
  }
  if (isPositive(u.authorPro)) {
    const cost = u.authorPro.times(p.perUserAuthorPro);
    s.cost('authors', 'quicksight.perUser.authorPro', `${plural(u.authorPro, 'Author Pro', 'Author Pros')} x ${usd(p.perUserAuthorPro)} = ${usd(cost)}`, cost, {
      authors: u.authorPro.toFixed(),
      price: p.perUserAuthorPro.toFixed(),
      amount: cost.toFixed(),
    }, ['perUserAuthorPro']);
  }
  if (!u.authorsAnnual.isZero() && !u.authorsMonthly.isZero()) {
    s.info('quicksight.perUser.oneAuthorPrice', `Authors have one price in this model: the annual / month-to-month split (${num(u.authorsAnnual)} / ${num(u.authorsMonthly)}) only matters in the legacy model`, u.authors, { annual: u.authorsAnnual.toFixed(), monthly: u.authorsMonthly.toFixed() }, 'authors');
  }
  const pro = u.authorPro.plus(countReaderPro ? u.readerPro : ZERO);
  const fee = isPositive(pro) || u.qAndA;
  if (fee) {
    const reason = isPositive(pro) ? 'at least one Pro user' : 'Q&A enabled';
    s.cost('infrastructureFee', 'quicksight.perUser.infrastructureFee', `Account infrastructure fee (${reason}) = ${usd(p.perUserInfrastructureFee)}`, p.perUserInfrastructureFee, {
      reason: isPositive(pro) ? 'pro' : 'qAndA',
      amount: p.perUserInfrastructureFee.toFixed(),
    }, ['perUserInfrastructureFee']);
  }
  return fee;
}

// ------------------------------------------------------------------------------------------------
// Models
// ------------------------------------------------------------------------------------------------

/** Legacy cost of one reader: min(sessions x price, cap). */
function legacyReaderCost(sessions: Dec, p: ParsedPrices): { uncapped: Dec; cost: Dec; capped: boolean } {
  const uncapped = sessions.times(p.readerSession);
  return { uncapped, cost: min(uncapped, p.readerMonthlyCap), capped: compare(uncapped, p.readerMonthlyCap) > 0 };
}

function legacyFrom(u: ParsedUsage, p: ParsedPrices): QuickSightLegacyResult {
  if (u.edition === 'standard' && isPositive(u.readers)) {
    throw new EngineError('standard_no_readers', joinPath(u.path, 'edition'), { readers: u.readers.toFixed() });
  }
  const s = new Sheet(p);
  const ent = u.edition === 'enterprise';
  const editionLabel = ent ? 'Enterprise' : 'Standard';
  const annualKey = ent ? 'authorEnterpriseAnnual' : 'authorStandardAnnual';
  const monthlyKey = ent ? 'authorEnterpriseMonthly' : 'authorStandardMonthly';
  if (isPositive(u.authorPro) || isPositive(u.readerPro)) {
    s.info('quicksight.legacy.noPro', 'The legacy model has no Pro tiers: Author Pro and Reader Pro users are priced here as ordinary authors and readers', u.authorPro.plus(u.readerPro), { authorPro: u.authorPro.toFixed(), readerPro: u.readerPro.toFixed() }, 'users');
  }
  for (const [count, priceKey, billing] of [
    [u.authorsAnnual, annualKey, 'annual'],
    [u.authorsMonthly, monthlyKey, 'monthly'],
  ] as const) {
    if (count.isZero()) continue;
    const price = p[priceKey];
    const cost = count.times(price);
    const how = billing === 'annual' ? 'annual commitment' : 'month-to-month';
    s.cost('authors', `quicksight.legacy.authors.${billing}`, `${plural(count, `${editionLabel} author`)} x ${usd(price)} (${how}) = ${usd(cost)}`, cost, {
      authors: count.toFixed(),
      price: price.toFixed(),
      edition: u.edition,
      amount: cost.toFixed(),
    }, [priceKey]);
  }
  const groups: QuickSightLegacyGroupCost[] = [];
  for (const g of u.groups) {
    groupSessions(s, u, g);
    const r = legacyReaderCost(g.sessionsPerReader, p);
    const params = { group: g.name, sessions: g.sessionsPerReader.toFixed(), price: p.readerSession.toFixed(), uncapped: r.uncapped.toFixed(), cap: p.readerMonthlyCap.toFixed(), amount: r.cost.toFixed() };
    const formula = `${plural(g.sessionsPerReader, 'session')} x ${usd(p.readerSession)} = ${usd(r.uncapped)}`;
    if (r.capped) s.info('quicksight.legacy.reader.capped', `${formula}, capped at ${usd(p.readerMonthlyCap)}`, r.cost, params, 'USD');
    else s.info('quicksight.legacy.reader', formula, r.cost, params, 'USD');
    const total = r.cost.times(g.readers);
    s.cost('readers', 'quicksight.legacy.group', `${g.name}: ${usd(r.cost)} x ${plural(g.readers, 'reader')} = ${usd(total)}`, total, {
      group: g.name,
      perReader: r.cost.toFixed(),
      readers: g.readers.toFixed(),
      amount: total.toFixed(),
    }, isPositive(g.readers) && isPositive(g.sessionsPerReader) ? ['readerSession', 'readerMonthlyCap'] : []);
    groups.push(legacyGroupCost(g, r.uncapped, r.cost, r.capped, total));
  }
  spiceLines(s, u, p, ent ? 'spiceEnterpriseGbMonth' : 'spiceStandardGbMonth', editionLabel);
  if (u.qAndA) {
    s.info('quicksight.legacy.qAndANotModelled', 'Q&A was priced separately in the legacy model and is not included here', ZERO, {}, 'USD');
  }
  const b = s.base('legacy');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, edition: u.edition, groups: Object.freeze(groups) });
}

/** `{ ...g, uncappedPerReader, costPerReader, capped, total }`, written out (same keys, same order). */
function legacyGroupCost(g: QuickSightGroupUsage, uncappedPerReader: Dec, costPerReader: Dec, capped: boolean, total: Dec): QuickSightLegacyGroupCost {
  const { visitsPerReader, minutesPerVisit, sessionsPerVisit } = g;
  if (visitsPerReader === undefined || minutesPerVisit === undefined || sessionsPerVisit === undefined) {
    return Object.freeze({
      index: g.index,
      name: g.name,
      readers: g.readers,
      interactiveSessions: g.interactiveSessions,
      emailedReports: g.emailedReports,
      sessionsPerReader: g.sessionsPerReader,
      uncappedPerReader,
      costPerReader,
      capped,
      total,
    });
  }
  return Object.freeze({
    index: g.index,
    name: g.name,
    readers: g.readers,
    interactiveSessions: g.interactiveSessions,
    emailedReports: g.emailedReports,
    sessionsPerReader: g.sessionsPerReader,
    visitsPerReader,
    minutesPerVisit,
    sessionsPerVisit,
    uncappedPerReader,
    costPerReader,
    capped,
    total,
  });
}

function perUserFrom(u: ParsedUsage, p: ParsedPrices): QuickSightPerUserResult {
  const s = new Sheet(p);
  const regularReaders = u.readers.minus(u.readerPro);
  if (isPositive(regularReaders) || u.readerPro.isZero()) {
    const cost = regularReaders.times(p.perUserReader);
    s.cost('readers', 'quicksight.perUser.readers', `${plural(regularReaders, 'reader')} x ${usd(p.perUserReader)} (sessions do not matter) = ${usd(cost)}`, cost, {
      readers: regularReaders.toFixed(),
      price: p.perUserReader.toFixed(),
      amount: cost.toFixed(),
    }, isPositive(regularReaders) ? ['perUserReader'] : []);
  }
  if (isPositive(u.readerPro)) {
    const cost = u.readerPro.times(p.perUserReaderPro);
    s.cost('readers', 'quicksight.perUser.readerPro', `${plural(u.readerPro, 'Reader Pro', 'Reader Pros')} x ${usd(p.perUserReaderPro)} = ${usd(cost)}`, cost, {
      readers: u.readerPro.toFixed(),
      price: p.perUserReaderPro.toFixed(),
      amount: cost.toFixed(),
    }, ['perUserReaderPro']);
  }
  const fee = perUserAuthors(s, u, p, true);
  perUserSpice(s, u, p);
  const b = s.base('perUser');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, infrastructureFee: fee });
}

function poolLines(sink: LineSink, u: ParsedUsage): void {
  shared(sink, u, 'pool', (s) => {
    if (u.pool.given === 'groups') {
      for (const g of u.groups) pooledGroupLines(s, u, g);
      poolTotalLines(s, u);
    } else if (u.pool.given === 'month') {
      s.info('quicksight.capacity.poolGivenMonth', `Sessions pooled across all readers, given as a total: ${plural(u.pool.perMonth, 'session')} per month`, u.pool.perMonth, { sessions: u.pool.perMonth.toFixed() }, 'sessions');
    } else {
      s.info('quicksight.capacity.poolGivenYear', `Sessions pooled across all readers, given as a total: ${plural(u.pool.perYear, 'session')} per year (${num(u.pool.perMonth, 2)} per month on average)`, u.pool.perYear, { sessions: u.pool.perYear.toFixed(), perMonth: num(u.pool.perMonth, 2) }, 'sessions');
    }
  });
}

/** A group's sessions line (shared by the legacy and capacity models). */
function groupSessions(s: LineSink, u: ParsedUsage, g: QuickSightGroupUsage): void {
  shared(s, u, `group.${g.index}`, (r) => groupSessionLine(r, g));
}

function pooledGroupLines(s: LineSink, u: ParsedUsage, g: QuickSightGroupUsage): void {
  groupSessions(s, u, g);
  const pooled = g.readers.times(g.sessionsPerReader);
  s.info('quicksight.capacity.groupSessions', `${g.name}: ${plural(g.readers, 'reader')} x ${plural(g.sessionsPerReader, 'session')} = ${plural(pooled, 'session')}`, pooled, {
    group: g.name,
    readers: g.readers.toFixed(),
    sessions: g.sessionsPerReader.toFixed(),
    pooled: pooled.toFixed(),
  }, 'sessions');
}

function poolTotalLines(s: LineSink, u: ParsedUsage): void {
  s.info('quicksight.capacity.pool', `Sessions pooled across all readers (no per-reader cap): ${plural(u.sessionsPerMonth, 'session')} per month`, u.sessionsPerMonth, { sessions: u.sessionsPerMonth.toFixed() }, 'sessions');
  if (isPositive(u.readerPro)) {
    s.info('quicksight.capacity.noReaderPro', `Reader Pro is a per-user license: here the ${plural(u.readerPro, 'Reader Pro', 'Reader Pros')} are ordinary readers whose sessions are in the pool`, u.readerPro, { readerPro: u.readerPro.toFixed() }, 'readers');
  }
}

function capacityMonthlyReaders(sessions: Dec, p: ParsedPrices): { extra: Dec; overage: Dec; total: Dec } {
  const extra = max(ZERO, sessions.minus(p.capacityMonthlySessions));
  const overage = extra.times(p.capacityMonthlyOverage);
  return { extra, overage, total: p.capacityMonthlyFee.plus(overage) };
}

function capacityMonthlyFrom(u: ParsedUsage, p: ParsedPrices): QuickSightCapacityMonthlyResult {
  const s = new Sheet(p);
  poolLines(s, u);
  const pooled = u.pool.perMonth;
  const c = capacityMonthlyReaders(pooled, p);
  // The fee line quotes prices only: built once per price table (same item in every result).
  s.entry((p.derived.monthlyFee ??= {
    item: line('quicksight.capacityMonthly.fee', `Monthly reader capacity: ${usd(p.capacityMonthlyFee)} for the first ${plural(p.capacityMonthlySessions, 'session')}`, p.capacityMonthlyFee, {
      fee: p.capacityMonthlyFee.toFixed(),
      included: p.capacityMonthlySessions.toFixed(),
    }),
    part: 'readers',
    uses: ['capacityMonthlyFee', 'capacityMonthlySessions'],
  }));
  if (isPositive(c.extra)) {
    s.cost('readers', 'quicksight.capacityMonthly.overage', `(${num(pooled)} - ${num(p.capacityMonthlySessions)}) = ${plural(c.extra, 'extra session')} x ${usd(p.capacityMonthlyOverage)} = ${usd(c.overage)}`, c.overage, {
      sessions: pooled.toFixed(),
      included: p.capacityMonthlySessions.toFixed(),
      extra: c.extra.toFixed(),
      price: p.capacityMonthlyOverage.toFixed(),
      amount: c.overage.toFixed(),
    }, ['capacityMonthlyOverage']);
  } else {
    s.info('quicksight.capacityMonthly.withinIncluded', `${num(pooled)} of the ${num(p.capacityMonthlySessions)} included sessions used: no extra sessions`, pooled, {
      sessions: pooled.toFixed(),
      included: p.capacityMonthlySessions.toFixed(),
    }, 'sessions');
  }
  perUserAuthors(s, u, p, false);
  perUserSpice(s, u, p);
  const b = s.base('capacityMonthly');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, sessionsPerMonth: pooled, extraSessions: c.extra });
}

function tierCost(t: ParsedTier, i: number, sessionsPerYear: Dec, p: ParsedPrices): QuickSightAnnualTierCost {
  // Within the tier's sessions there is no overage: the cost is the tier's own, worked out once.
  if (compare(sessionsPerYear, t.sessions) < 1) {
    const base = (p.derived.tierBase ??= p.tiers.map((tt, j) => tierCostAt(tt, j, ZERO)));
    const hit = base[i];
    if (hit !== undefined) return hit;
  }
  return tierCostAt(t, i, sessionsPerYear);
}

function tierCostAt(t: ParsedTier, i: number, sessionsPerYear: Dec): QuickSightAnnualTierCost {
  const costPerYear = t.price.plus(max(ZERO, sessionsPerYear.minus(t.sessions)).times(t.overage));
  return Object.freeze({ tier: i + 1, sessionsPerYear: t.sessions, pricePerYear: t.price, overagePerSession: t.overage, costPerYear, costPerMonth: costPerYear.div(TWELVE) });
}

/** The tier to bill: the chosen one, or the cheapest (ties: the first). Null above every tier. */
function pickTier(sessionsPerYear: Dec, p: ParsedPrices, choice: 'cheapest' | number): { chosen: QuickSightAnnualTierCost; all: QuickSightAnnualTierCost[] } | null {
  if (compare(sessionsPerYear, p.largestTierSessions) > 0) return null;
  const all = p.tiers.map((t, i) => tierCost(t, i, sessionsPerYear, p));
  let chosen: QuickSightAnnualTierCost | undefined;
  if (choice === 'cheapest') {
    for (const c of all) if (chosen === undefined || compare(c.costPerYear, chosen.costPerYear) < 0) chosen = c;
  } else {
    chosen = all[choice];
  }
  return chosen ? { chosen, all } : null;
}

function contactSales(u: ParsedUsage, p: ParsedPrices, sessionsPerYear: Dec): EngineError {
  return new EngineError('contact_sales', u.pool.given === 'groups' ? joinPath(u.path, 'readerGroups') : joinPath(u.path, 'pooledSessions', 'sessions'), {
    value: `${num(sessionsPerYear)} sessions per year`,
    sessionsPerYear: sessionsPerYear.toFixed(),
    largest: p.largestTierSessions.toFixed(),
  });
}

function capacityAnnualFrom(u: ParsedUsage, p: ParsedPrices): QuickSightCapacityAnnualResult {
  const sessionsPerYear = u.pool.perYear;
  const picked = pickTier(sessionsPerYear, p, u.annualTier);
  if (!picked) throw contactSales(u, p, sessionsPerYear);
  const { chosen: t, all } = picked;
  const s = new Sheet(p);
  poolLines(s, u);
  // A yearly total is used as given (not forced to whole monthly sessions x 12).
  if (u.pool.given !== 'year') {
    s.info('quicksight.capacityAnnual.sessionsPerYear', `${num(u.pool.perMonth)} sessions per month x 12 = ${plural(sessionsPerYear, 'session')} per year`, sessionsPerYear, {
      sessionsPerMonth: u.pool.perMonth.toFixed(),
      sessionsPerYear: sessionsPerYear.toFixed(),
    }, 'sessions');
  }
  const tierText = `tier ${t.tier} (${num(t.sessionsPerYear)} sessions for ${usd(t.pricePerYear)} per year, then ${usd(t.overagePerSession)} per session)`;
  const tierParams = { tier: String(t.tier), tierSessions: t.sessionsPerYear.toFixed(), pricePerYear: t.pricePerYear.toFixed(), overage: t.overagePerSession.toFixed(), costPerYear: t.costPerYear.toFixed() };
  if (u.annualTier === 'cheapest') {
    s.info('quicksight.capacityAnnual.cheapestTier', `Cheapest of ${all.length} annual tiers for ${num(sessionsPerYear)} sessions per year: ${tierText}, ${usd(t.costPerYear)} per year`, t.costPerYear, { tier: tierParams.tier, tierSessions: tierParams.tierSessions, pricePerYear: tierParams.pricePerYear, overage: tierParams.overage, costPerYear: tierParams.costPerYear, tiers: String(all.length) }, 'USD');
  } else {
    s.info('quicksight.capacityAnnual.chosenTier', `Chosen annual ${tierText}, ${usd(t.costPerYear)} per year`, t.costPerYear, tierParams, 'USD');
  }
  // The tier's price line quotes the tier only: built once per price table and tier.
  const priceLines = (p.derived.annualPrice ??= new Map());
  let priceLine = priceLines.get(t.tier);
  if (priceLine === undefined) {
    const priceMonthly = t.pricePerYear.div(TWELVE);
    priceLine = {
      item: line('quicksight.capacityAnnual.price', `${usd(t.pricePerYear)} per year / 12 = ${cents(priceMonthly)} per month`, priceMonthly, {
        tier: String(t.tier),
        pricePerYear: t.pricePerYear.toFixed(),
        amount: priceMonthly.toFixed(),
      }),
      part: 'readers',
      uses: ['capacityAnnualTiers'],
    };
    priceLines.set(t.tier, priceLine);
  }
  s.entry(priceLine);
  const extra = max(ZERO, sessionsPerYear.minus(t.sessionsPerYear));
  if (isPositive(extra)) {
    const yearly = extra.times(t.overagePerSession);
    const monthly = yearly.div(TWELVE);
    s.cost('readers', 'quicksight.capacityAnnual.overage', `(${num(sessionsPerYear)} - ${num(t.sessionsPerYear)}) = ${plural(extra, 'extra session')} x ${usd(t.overagePerSession)} = ${usd(yearly)} per year / 12 = ${cents(monthly)} per month`, monthly, {
      sessionsPerYear: sessionsPerYear.toFixed(),
      tierSessions: t.sessionsPerYear.toFixed(),
      extra: extra.toFixed(),
      price: t.overagePerSession.toFixed(),
      perYear: yearly.toFixed(),
      amount: monthly.toFixed(),
    }, ['capacityAnnualTiers']);
  }
  perUserAuthors(s, u, p, false);
  perUserSpice(s, u, p);
  const b = s.base('capacityAnnual');
  return Object.freeze({
    model: b.model,
    total: b.total,
    subtotals: b.subtotals,
    lines: b.lines,
    unconfirmedPrices: b.unconfirmedPrices,
    sessionsPerMonth: u.pool.perMonth,
    sessionsPerYear,
    autoTier: u.annualTier === 'cheapest',
    tier: t,
    tierCosts: Object.freeze(all),
  });
}

// ------------------------------------------------------------------------------------------------
// Public pricing functions
// ------------------------------------------------------------------------------------------------

/**
 * Legacy per-session model (Enterprise, or Standard with authors only): authors by billing,
 * each reader min(sessions x $0.30, $5.00) per month, SPICE beyond 10 GB per author.
 * @throws EngineError on invalid input; `standard_no_readers` (path "edition") for Standard with readers.
 */
export function quickSightLegacy(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightLegacyResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return legacyFrom(u, p);
}

/**
 * Per-user model: readers at $3 (Reader Pro $20), authors at $24 (Author Pro $40, UNCONFIRMED),
 * $250 account fee with any Pro user or Q&A, SPICE beyond 10 GB per author at $0.38.
 * @throws EngineError on invalid input.
 */
export function quickSightPerUser(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightPerUserResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return perUserFrom(u, p);
}

/**
 * Monthly reader capacity: $250 for the first 500 pooled sessions, $0.50 per extra session;
 * authors and SPICE as in the per-user model.
 * @throws EngineError on invalid input.
 */
export function quickSightCapacityMonthly(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightCapacityMonthlyResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return capacityMonthlyFrom(u, p);
}

/**
 * Annual reader capacity as a monthly equivalent (yearly price / 12, working shown), for the tier
 * in `usage.annualTier` or the cheapest tier for the usage; authors and SPICE as per-user.
 * @throws EngineError on invalid input; `contact_sales` (path "readerGroups") when the sessions per
 * year exceed the largest tier.
 */
export function quickSightCapacityAnnual(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightCapacityAnnualResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return capacityAnnualFrom(u, p);
}

/** Reader groups after parsing (sessions per reader worked out), e.g. for a form preview. */
export function quickSightReaderGroups(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): readonly QuickSightGroupUsage[] {
  return prepare(usage, prices, path, pricesPath).u.groups;
}

// ------------------------------------------------------------------------------------------------
// Comparison and break-even points
// ------------------------------------------------------------------------------------------------

/** Run a model; a "this model cannot price this usage" error becomes a failed Result. */
function modelResult<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof EngineError && (e.code === 'contact_sales' || e.code === 'standard_no_readers')) return { ok: false, error: e };
    throw e;
  }
}

/** Wide enough that a 60-digit quotient times its divisor is computed without rounding. */
const Wide = Dec.clone({ precision: 500 });

/** numerator / denominator, and whether the 60-digit quotient is exact (not a repeating decimal). */
function ratio(numerator: Dec, denominator: Dec): { at: Dec; exact: boolean } {
  const at = numerator.div(denominator);
  return { at, exact: new Wide(at).times(new Wide(denominator)).eq(new Wide(numerator)) };
}

function approx(exact: boolean): string {
  return exact ? '=' : '≈';
}

function breakEven(at: Dec | null, exact: boolean, fromWhole: Dec | null, unit: string, item: LineItem): QuickSightBreakEven {
  return Object.freeze({ at, exact, fromWhole, unit, line: item });
}

function legacyVsPerUserReader(p: ParsedPrices): QuickSightBreakEven {
  return (p.derived.legacyVsPerUserReader ??= legacyVsPerUserReaderOf(p));
}

function legacyVsPerUserReaderOf(p: ParsedPrices): QuickSightBreakEven {
  const key = 'quicksight.breakEven.legacyVsPerUserReader';
  const r = p.perUserReader;
  const base = { reader: r.toFixed(), session: p.readerSession.toFixed(), cap: p.readerMonthlyCap.toFixed() };
  if (p.readerSession.isZero() || r.gt(p.readerMonthlyCap)) {
    const why = p.readerSession.isZero() ? `sessions cost ${usd(ZERO)}` : `the ${usd(p.readerMonthlyCap)} cap is below the ${usd(r)} per-user Reader`;
    return breakEven(null, true, null, 'sessions per reader', line(key, `Legacy per-session never costs more than a per-user Reader (${why}): no break-even`, ZERO, { ...base, crosses: 'no' }, 'info', 'sessions per reader'));
  }
  const { at, exact } = ratio(r, p.readerSession);
  const fromWhole = r.eq(p.readerMonthlyCap) ? null : floorWhole(at).plus(1);
  const after = fromWhole ? `; from the ${ordinal(fromWhole)} session the ${usd(r)} per-user Reader is cheaper` : '';
  return breakEven(at, exact, fromWhole, 'sessions per reader', line(
    key,
    `Legacy equals the per-user Reader at ${usd(r)} / ${usd(p.readerSession)} per session ${approx(exact)} ${num(at)} sessions per reader: below that legacy per-session is cheaper${after}`,
    at,
    { ...base, at: at.toFixed(), exact: String(exact), fromWhole: fromWhole?.toFixed() ?? '' },
    'info',
    'sessions per reader',
  ));
}

function legacyCap(p: ParsedPrices): QuickSightBreakEven {
  return (p.derived.legacyCap ??= legacyCapOf(p));
}

function legacyCapOf(p: ParsedPrices): QuickSightBreakEven {
  const key = 'quicksight.breakEven.legacyCap';
  const base = { cap: p.readerMonthlyCap.toFixed(), session: p.readerSession.toFixed() };
  if (p.readerSession.isZero()) {
    return breakEven(null, true, null, 'sessions per reader', line(key, `Sessions cost ${usd(ZERO)}, so the ${usd(p.readerMonthlyCap)} cap is never reached`, ZERO, { ...base, crosses: 'no' }, 'info', 'sessions per reader'));
  }
  const { at, exact } = ratio(p.readerMonthlyCap, p.readerSession);
  const fromWhole = floorWhole(at).plus(1);
  const before = fromWhole.minus(1);
  return breakEven(at, exact, fromWhole, 'sessions per reader', line(
    key,
    `The legacy cap is reached at ${usd(p.readerMonthlyCap)} / ${usd(p.readerSession)} ${approx(exact)} ${num(at)} sessions per reader: it binds from the ${ordinal(fromWhole)} session (${plural(before, 'session')} x ${usd(p.readerSession)} = ${usd(before.times(p.readerSession))}; ${plural(fromWhole, 'session')} x ${usd(p.readerSession)} = ${usd(fromWhole.times(p.readerSession))}, capped at ${usd(p.readerMonthlyCap)})`,
    at,
    { ...base, at: at.toFixed(), exact: String(exact), fromWhole: fromWhole.toFixed() },
    'info',
    'sessions per reader',
  ));
}

function perReaderText(at: Dec, readers: Dec): string {
  if (readers.isZero()) return '';
  const { at: per, exact } = ratio(at, readers);
  return ` (${approx(exact)} ${num(per)} per reader)`;
}

function capacityMonthlyVsPerUserReaders(readers: Dec, p: ParsedPrices): QuickSightBreakEven {
  const key = 'quicksight.breakEven.capacityMonthlyVsPerUserReaders';
  const perUser = readers.times(p.perUserReader);
  const base = { readers: readers.toFixed(), reader: p.perUserReader.toFixed(), perUser: perUser.toFixed(), fee: p.capacityMonthlyFee.toFixed(), included: p.capacityMonthlySessions.toFixed(), overage: p.capacityMonthlyOverage.toFixed() };
  const perUserText = `${plural(readers, 'reader')} x ${usd(p.perUserReader)} = ${usd(perUser)} per month`;
  const unit = 'sessions per month';
  if (compare(perUser, p.capacityMonthlyFee) < 0) {
    return breakEven(null, true, null, unit, line(key, `Per-user readers: ${perUserText}, less than the ${usd(p.capacityMonthlyFee)} monthly capacity fee: per-user readers are cheaper at any number of sessions`, ZERO, Object.assign({}, base, { crosses: 'no', cheaper: 'perUser' }), 'info', unit));
  }
  if (p.capacityMonthlyOverage.isZero()) {
    return breakEven(null, true, null, unit, line(key, `Per-user readers: ${perUserText}; monthly capacity never costs more than ${usd(p.capacityMonthlyFee)}: it is cheaper or equal at any number of sessions`, ZERO, Object.assign({}, base, { crosses: 'no', cheaper: 'capacityMonthly' }), 'info', unit));
  }
  const { at: extra, exact } = ratio(perUser.minus(p.capacityMonthlyFee), p.capacityMonthlyOverage);
  const at = p.capacityMonthlySessions.plus(extra);
  const fromWhole = floorWhole(at).plus(1);
  return breakEven(at, exact, fromWhole, unit, line(
    key,
    `Per-user readers: ${perUserText}. Monthly capacity costs the same at ${num(p.capacityMonthlySessions)} + (${usd(perUser)} - ${usd(p.capacityMonthlyFee)}) / ${usd(p.capacityMonthlyOverage)} ${approx(exact)} ${num(at)} sessions per month${perReaderText(at, readers)}: fewer sessions favour capacity, from ${num(fromWhole)} sessions per-user readers are cheaper`,
    at,
    Object.assign({}, base, { at: at.toFixed(), exact: String(exact), fromWhole: fromWhole.toFixed() }),
    'info',
    unit,
  ));
}

function capacityAnnualVsPerUserReaders(readers: Dec, p: ParsedPrices, choice: 'cheapest' | number): QuickSightBreakEven {
  const key = 'quicksight.breakEven.capacityAnnualVsPerUserReaders';
  const unit = 'sessions per month';
  const perUserYear = readers.times(p.perUserReader).times(TWELVE);
  const candidates = p.tiers.map((t, i) => ({ t, i })).filter(({ i }) => choice === 'cheapest' || i === choice);
  const base = { readers: readers.toFixed(), reader: p.perUserReader.toFixed(), perUserYear: perUserYear.toFixed(), largest: p.largestTierSessions.toFixed() };
  const perUserText = `${plural(readers, 'reader')} x ${usd(p.perUserReader)} x 12 = ${usd(perUserYear)} per year`;
  // The yearly cost of the tier set is non-decreasing in sessions, so it stays at or below the
  // per-user cost up to the largest crossing point among the affordable tiers.
  let best: { at: Dec; exact: boolean; t: ParsedTier; i: number } | null = null;
  for (const { t, i } of candidates) {
    if (compare(t.price, perUserYear) > 0) continue;
    const r = t.overage.isZero() ? { at: p.largestTierSessions, exact: true } : ratio(perUserYear.minus(t.price), t.overage);
    const at = t.overage.isZero() ? p.largestTierSessions : t.sessions.plus(r.at);
    if (best === null || compare(at, best.at) > 0) best = { at, exact: r.exact, t, i };
  }
  if (best === null) {
    const cheapestPrice = candidates.reduce<Dec | null>((m, { t }) => (m === null ? t.price : min(m, t.price)), null) ?? ZERO;
    return breakEven(null, true, null, unit, line(key, `Per-user readers: ${perUserText}, less than ${usd(cheapestPrice)}, the lowest annual capacity price: per-user readers are cheaper at any number of sessions`, ZERO, Object.assign({}, base, { crosses: 'no', cheaper: 'perUser', lowest: cheapestPrice.toFixed() }), 'info', unit));
  }
  const { t, i } = best;
  if (compare(best.at, p.largestTierSessions) >= 0) {
    const atMonth = p.largestTierSessions.div(TWELVE);
    return breakEven(null, true, null, unit, line(key, `Per-user readers: ${perUserText}. Annual capacity costs no more than that up to the largest tier (${num(p.largestTierSessions)} sessions per year = ${num(atMonth)} per month); above it AWS says "contact sales"`, ZERO, Object.assign({}, base, { crosses: 'no', cheaper: 'capacityAnnual' }), 'info', unit));
  }
  const { at, exact: exactMonth } = ratio(best.at, TWELVE);
  const exact = best.exact && exactMonth;
  const fromWhole = floorWhole(at).plus(1);
  return breakEven(at, exact, fromWhole, unit, line(
    key,
    `Per-user readers: ${perUserText}. Annual capacity tier ${i + 1} costs the same at ${num(t.sessions)} + (${usd(perUserYear)} - ${usd(t.price)}) / ${usd(t.overage)} ${approx(best.exact)} ${num(best.at)} sessions per year / 12 ${approx(exact)} ${num(at)} sessions per month${perReaderText(at, readers)}: from ${num(fromWhole)} sessions per month per-user readers are cheaper`,
    at,
    Object.assign({}, base, { tier: String(i + 1), tierSessions: t.sessions.toFixed(), pricePerYear: t.price.toFixed(), overage: t.overage.toFixed(), atYear: best.at.toFixed(), at: at.toFixed(), exact: String(exact), fromWhole: fromWhole.toFixed() }),
    'info',
    unit,
  ));
}

function ordinal(n: Dec): string {
  const s = n.toFixed();
  const last2 = s.slice(-2);
  const last = s.slice(-1);
  const suffix = last2 === '11' || last2 === '12' || last2 === '13' ? 'th' : last === '1' ? 'st' : last === '2' ? 'nd' : last === '3' ? 'rd' : 'th';
  return `${num(n)}${suffix}`;
}

const MODEL_LABELS: Readonly<Record<QuickSightModel, string>> = Object.freeze({
  legacy: 'Legacy per-session',
  perUser: 'Per-user',
  capacityMonthly: 'Reader capacity, monthly',
  capacityAnnual: 'Reader capacity, annual',
});

/**
 * Price the SAME usage under every model (legacy, per-user, monthly capacity, annual capacity
 * with the chosen or cheapest tier) and report the break-even points.
 *
 * Invalid input throws an EngineError (nothing is priced). A model that cannot price this usage
 * (legacy Standard with readers: `standard_no_readers`; annual capacity above the largest tier:
 * `contact_sales`) comes back as `{ ok: false, error }` while the other models are still priced.
 */
export function compareQuickSight(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightComparison {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  const results = {
    legacy: modelResult(() => legacyFrom(u, p)),
    perUser: modelResult(() => perUserFrom(u, p)),
    capacityMonthly: modelResult(() => capacityMonthlyFrom(u, p)),
    capacityAnnual: modelResult(() => capacityAnnualFrom(u, p)),
  };
  let lowest: Dec | null = null;
  for (const m of QUICKSIGHT_MODELS) {
    const r = results[m];
    if (r.ok && (lowest === null || compare(r.value.total, lowest) < 0)) lowest = r.value.total;
  }
  const cheapest = QUICKSIGHT_MODELS.filter((m) => {
    const r = results[m];
    return r.ok && lowest !== null && compare(r.value.total, lowest) === 0;
  });
  const lines: LineItem[] = [];
  for (const m of QUICKSIGHT_MODELS) {
    const r = results[m];
    if (r.ok) {
      const best = cheapest.includes(m) ? ' (cheapest)' : '';
      lines.push(line('quicksight.compare.total', `${MODEL_LABELS[m]}: ${cents(r.value.total)} per month${best}`, r.value.total, { model: m, amount: r.value.total.toFixed(), cheapest: String(cheapest.includes(m)) }, 'info', 'USD'));
    } else {
      lines.push(line('quicksight.compare.notPriced', `${MODEL_LABELS[m]}: not priced: ${r.error.plainMessage}`, ZERO, { model: m, code: r.error.code, ...r.error.params }, 'info', 'USD'));
    }
  }
  const breakEvens: QuickSightBreakEvens = Object.freeze({
    legacyVsPerUserReader: legacyVsPerUserReader(p),
    legacyCap: legacyCap(p),
    capacityMonthlyVsPerUserReaders: capacityMonthlyVsPerUserReaders(u.readers, p),
    capacityAnnualVsPerUserReaders: capacityAnnualVsPerUserReaders(u.readers, p, u.annualTier),
  });
  lines.push(breakEvens.legacyVsPerUserReader.line, breakEvens.legacyCap.line, breakEvens.capacityMonthlyVsPerUserReaders.line, breakEvens.capacityAnnualVsPerUserReaders.line);
  return Object.freeze({
    legacy: results.legacy,
    perUser: results.perUser,
    capacityMonthly: results.capacityMonthly,
    capacityAnnual: results.capacityAnnual,
    cheapest: Object.freeze(cheapest),
    readers: u.readers,
    sessionsPerMonth: u.sessionsPerMonth,
    breakEvens,
    lines: Object.freeze(lines),
  });
}

// ------------------------------------------------------------------------------------------------
// Chart data
// ------------------------------------------------------------------------------------------------

/** What to chart: cost per reader for 0..maxSessions sessions per reader per month. */
export interface QuickSightChartInput {
  /** Readers sharing a capacity (whole, >= 1): the capacity curves are a per-reader share. */
  readonly readers: QuickSightNumberInput;
  /** Largest sessions per reader per month on the x axis (whole, 1..10,000). */
  readonly maxSessions: QuickSightNumberInput;
  /** Annual tier for the capacity-annual curve: "cheapest" (default) or a 1-based position. */
  readonly annualTier?: 'cheapest' | QuickSightNumberInput;
}

/** Series keys of {@link QuickSightChartData}. */
export type QuickSightChartSeriesKey = 'legacy' | 'legacyCap' | 'perUser' | 'capacityMonthly' | 'capacityAnnual';

/** One curve: a value per x point; null where the model has no published price (contact sales). */
export interface QuickSightChartSeries {
  readonly key: QuickSightChartSeriesKey;
  /** English label; the UI may translate by `key`. */
  readonly label: string;
  /** A threshold line (draw dashed). */
  readonly dashed: boolean;
  readonly values: readonly (Dec | null)[];
}

/** Cost per reader per month against sessions per reader per month. */
export interface QuickSightChartData {
  /** x axis: 0, 1, ..., maxSessions sessions per reader per month. */
  readonly sessions: readonly Dec[];
  readonly readers: Dec;
  readonly series: readonly QuickSightChartSeries[];
  /** The legacy cap and the first session where it binds (for an annotation). */
  readonly cap: Dec;
  readonly capFromSession: Dec | null;
  /** Sessions per reader where legacy equals the per-user Reader (null when never). */
  readonly legacyEqualsPerUserAt: Dec | null;
}

/**
 * Chart data: cost per reader vs sessions per reader per month (0..maxSessions) under each model:
 * legacy (flat from the cap, plus the cap as a dashed line), per-user Reader (flat), and the
 * per-reader share of the monthly and annual capacity when `readers` readers each start that
 * many sessions. Values are Dec; the UI converts with `toChartNumber`.
 * @throws EngineError on invalid input.
 */
export function quickSightChartData(input: QuickSightChartInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightChartData {
  const p = parsePrices(prices, pricesPath);
  if (!isRecord(input)) throw new EngineError('invalid_type', path, { expected: 'an object with readers and maxSessions', got: describe(input) });
  const readers = parseCount(own(input, 'readers'), joinPath(path, 'readers'), { positive: true });
  const maxSessions = parseCount(own(input, 'maxSessions'), joinPath(path, 'maxSessions'), { positive: true, max: String(MAX_CHART_SESSIONS) });
  const rawTier = own(input, 'annualTier');
  let choice: 'cheapest' | number = 'cheapest';
  if (!absent(rawTier) && rawTier !== 'cheapest') {
    const tierPath = joinPath(path, 'annualTier');
    const t = parseCount(rawTier, tierPath);
    if (t.lt(1) || t.gt(p.tiers.length)) throw new EngineError('out_of_range', tierPath, { value: t.toFixed(), min: '1', max: String(p.tiers.length) });
    choice = t.toNumber() - 1;
  }
  const n = maxSessions.toNumber();
  const sessions: Dec[] = [];
  const legacy: Dec[] = [];
  const capLine: Dec[] = [];
  const perUser: Dec[] = [];
  const capMonthly: Dec[] = [];
  const capAnnual: (Dec | null)[] = [];
  for (let i = 0; i <= n; i++) {
    const s = d(i);
    sessions.push(s);
    legacy.push(legacyReaderCost(s, p).cost);
    capLine.push(p.readerMonthlyCap);
    perUser.push(p.perUserReader);
    const pooled = s.times(readers);
    capMonthly.push(capacityMonthlyReaders(pooled, p).total.div(readers));
    const picked = pickTier(pooled.times(TWELVE), p, choice);
    capAnnual.push(picked ? picked.chosen.costPerMonth.div(readers) : null);
  }
  const series: QuickSightChartSeries[] = [
    { key: 'legacy', label: 'Legacy per-session', dashed: false, values: legacy },
    { key: 'legacyCap', label: `Legacy cap (${usd(p.readerMonthlyCap)})`, dashed: true, values: capLine },
    { key: 'perUser', label: `Per-user Reader (${usd(p.perUserReader)})`, dashed: false, values: perUser },
    { key: 'capacityMonthly', label: `Monthly capacity, share of ${plural(readers, 'reader')}`, dashed: false, values: capMonthly },
    { key: 'capacityAnnual', label: `Annual capacity (${choice === 'cheapest' ? 'cheapest tier' : `tier ${choice + 1}`}), share of ${plural(readers, 'reader')}`, dashed: false, values: capAnnual },
  ];
  return Object.freeze({
    sessions: Object.freeze(sessions),
    readers,
    series: Object.freeze(series.map((x) => Object.freeze({ ...x, values: Object.freeze(x.values) }))),
    cap: p.readerMonthlyCap,
    capFromSession: legacyCap(p).fromWhole,
    legacyEqualsPerUserAt: legacyVsPerUserReader(p).at,
  });
}
