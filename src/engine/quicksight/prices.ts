/**
 * QuickSight prices (domain.md section 1): the price table the engine takes (plain decimal
 * strings, so a user can override any of them) and its parsing.
 */
import { d, max, ZERO, type Dec, type DecimalString } from '../decimal.ts';
import { priceTable } from '../price-table.ts';

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

/** Most annual tiers a price list may hold. */
export const MAX_ANNUAL_TIERS = 50;

/** Prices that are counts, not money (shown without a dollar sign). */
export const WHOLE_PRICES: ReadonlySet<QuickSightPriceName> = new Set(['capacityMonthlySessions']);
/** Prices that are quantities: whole counts and GB. */
export const QUANTITY_PRICES: ReadonlySet<QuickSightPriceName> = new Set(['capacityMonthlySessions', 'spiceIncludedGbPerAuthor']);

/** The names a price list may mark UNCONFIRMED. */
const UNCONFIRMABLE: readonly QuickSightPriceName[] = [...QUICKSIGHT_PRICE_KEYS, 'capacityAnnualTiers'];

const TWELVE = d(12);

/** An annual tier after parsing. */
export interface ParsedTier {
  readonly sessions: Dec;
  readonly price: Dec;
  readonly overage: Dec;
}

/** A price table after parsing. */
export type ParsedPrices = Readonly<Record<QuickSightPriceKey, Dec>> & {
  readonly tiers: readonly ParsedTier[];
  readonly largestTierSessions: Dec;
  readonly unconfirmed: ReadonlySet<string>;
};

export function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

/** One annual tier's cost for a year of `sessionsPerYear` (price plus overage beyond its sessions). */
export function tierCostAt(t: ParsedTier, i: number, sessionsPerYear: Dec): QuickSightAnnualTierCost {
  const costPerYear = t.price.plus(max(ZERO, sessionsPerYear.minus(t.sessions)).times(t.overage));
  return Object.freeze({ tier: i + 1, sessionsPerYear: t.sessions, pricePerYear: t.price, overagePerSession: t.overage, costPerYear, costPerMonth: costPerYear.div(TWELVE) });
}

/** Parse the price table; `base` is its own path (e.g. "prices" or "components.3.prices"). */
export function parsePrices(prices: unknown, base: string): ParsedPrices {
  const table = priceTable(prices, base, '@msg:error.expected.objectOfQuickSightPrices');
  const out: Partial<Record<QuickSightPriceKey, Dec>> = {};
  for (const key of QUICKSIGHT_PRICE_KEYS) out[key] = WHOLE_PRICES.has(key) ? table.count(key) : table.price(key);
  const tiers = table.tables('capacityAnnualTiers', '@msg:error.expected.listOfAnnualTiers', '@msg:error.expected.annualTier', MAX_ANNUAL_TIERS, (t): ParsedTier =>
    Object.freeze({
      sessions: t.count('sessionsPerYear', { positive: true }),
      price: t.price('pricePerYear'),
      overage: t.price('overagePerSession'),
    }),
  );
  const unconfirmed = table.names('unconfirmed', '@msg:error.expected.listOfPriceNames', UNCONFIRMABLE);
  return Object.freeze({
    ...(out as Record<QuickSightPriceKey, Dec>),
    tiers: Object.freeze(tiers),
    largestTierSessions: tiers.reduce((m, t) => max(m, t.sessions), ZERO),
    unconfirmed,
  });
}
