/**
 * Default Amazon QuickSight prices (domain.md section 1), loaded from `quicksight.json` and
 * validated when this module loads: every entry is a {@link PriceEntry} with its value, unit,
 * source and as-of date, and `unconfirmed: true` where domain.md says UNCONFIRMED (Author Pro).
 */
import { validatePriceEntry, type PriceEntry, EngineError, joinPath, QUICKSIGHT_PRICE_KEYS, type QuickSightPriceKey, type QuickSightPrices } from '../engine/index.ts';
import raw from './quicksight.json';

/** One annual reader-capacity tier in the catalog. */
export interface QuickSightAnnualTierEntry {
  readonly sessionsPerYear: PriceEntry;
  readonly pricePerYear: PriceEntry;
  readonly overagePerSession: PriceEntry;
}

/** The QuickSight price catalog: scalar prices by key, plus the annual capacity tiers. */
export interface QuickSightCatalog {
  readonly service: string;
  readonly currency: 'USD';
  readonly prices: Readonly<Record<QuickSightPriceKey, PriceEntry>>;
  readonly capacityAnnualTiers: readonly QuickSightAnnualTierEntry[];
}

const TIER_FIELDS = ['sessionsPerYear', 'pricePerYear', 'overagePerSession'] as const;

/** Validate a catalog object (the JSON file, or a replacement in tests); throws EngineError. */
export function validateQuickSightCatalog(catalog: unknown, path = 'quicksight'): QuickSightCatalog {
  if (typeof catalog !== 'object' || catalog === null) throw new EngineError('invalid_type', path, { expected: 'a QuickSight catalog' });
  const c = catalog as Record<string, unknown>;
  if (c.currency !== 'USD') throw new EngineError('unknown_option', joinPath(path, 'currency'), { value: String(c.currency), allowed: 'USD' });
  const prices = c.prices;
  if (typeof prices !== 'object' || prices === null) throw new EngineError('required', joinPath(path, 'prices'));
  const p = prices as Record<string, unknown>;
  for (const key of QUICKSIGHT_PRICE_KEYS) validatePriceEntry(p[key], joinPath(path, 'prices', key));
  const tiers = c.capacityAnnualTiers;
  if (!Array.isArray(tiers) || tiers.length === 0) throw new EngineError('required', joinPath(path, 'capacityAnnualTiers'));
  tiers.forEach((t: unknown, i: number) => {
    if (typeof t !== 'object' || t === null) throw new EngineError('invalid_type', joinPath(path, 'capacityAnnualTiers', i), { expected: 'an annual tier' });
    for (const f of TIER_FIELDS) validatePriceEntry((t as Record<string, unknown>)[f], joinPath(path, 'capacityAnnualTiers', i, f));
  });
  return catalog as QuickSightCatalog;
}

/** The validated default catalog (frozen). */
export const quickSightCatalog: QuickSightCatalog = deepFreeze(validateQuickSightCatalog(raw));

// What defaultQuickSightPrices copies, read once from the frozen catalog (never changed).
const DEFAULT_SCALARS = Object.freeze(Object.fromEntries(QUICKSIGHT_PRICE_KEYS.map((k) => [k, quickSightCatalog.prices[k].value])) as Record<QuickSightPriceKey, string>);
const DEFAULT_TIERS = Object.freeze(
  quickSightCatalog.capacityAnnualTiers.map((t) =>
    Object.freeze({ sessionsPerYear: t.sessionsPerYear.value, pricePerYear: t.pricePerYear.value, overagePerSession: t.overagePerSession.value }),
  ),
);
const DEFAULT_UNCONFIRMED: readonly string[] = Object.freeze([
  ...QUICKSIGHT_PRICE_KEYS.filter((k) => quickSightCatalog.prices[k].unconfirmed === true),
  ...(quickSightCatalog.capacityAnnualTiers.some((t) => TIER_FIELDS.some((f) => t[f].unconfirmed === true)) ? ['capacityAnnualTiers'] : []),
]);

/**
 * The default prices as the plain object the engine takes (decimal strings), with `unconfirmed`
 * listing the keys the catalog marks UNCONFIRMED. Returns a fresh object each call, so a caller
 * can spread overrides over it.
 */
export function defaultQuickSightPrices(): QuickSightPrices {
  return {
    ...DEFAULT_SCALARS,
    capacityAnnualTiers: DEFAULT_TIERS.map((t) => ({ ...t })),
    unconfirmed: [...DEFAULT_UNCONFIRMED],
  };
}

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x as object)) deepFreeze(v);
  }
  return x;
}
