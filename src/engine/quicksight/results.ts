/** What the QuickSight pricing functions return: the four models' results and the comparison. */
import type { Dec } from '../decimal.ts';
import type { Result } from '../errors.ts';
import type { LineItem } from '../explain.ts';
import type { QuickSightAnnualTierCost, QuickSightPriceName } from './prices.ts';

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
  /** The working, as an info line (its key names the case: a point, or why there is none). */
  readonly line: LineItem;
  /** Who is cheaper at any number of sessions when the costs never cross; null when they cross. */
  readonly cheaper: 'legacy' | 'perUser' | 'capacityMonthly' | 'capacityAnnual' | null;
  /** The figures the working quotes, exact (prices, counts and costs), for a view to format. */
  readonly figures: Readonly<Record<string, Dec>>;
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
  /** Average sessions a reader starts a month: sessionsPerMonth / readers (zero without readers). */
  readonly sessionsPerReader: Dec;
  readonly breakEvens: QuickSightBreakEvens;
  /** One info line per model total (or why it is not priced), then the break-even lines. */
  readonly lines: readonly LineItem[];
}
