/**
 * The CodeBuild price table as the calculator reads it (through {@link priceTable}): only what the
 * priced builds use is read (and must be valid), each value parsed where it is used.
 */
import type { Dec } from '../decimal.ts';
import { EngineError } from '../errors.ts';
import { priceTable, type PriceTable } from '../price-table.ts';
import type { CodeBuildComputeType } from './compute-types.ts';

/** A checked CodeBuild price table: the table (free-tier allowances) and its prices by compute type. */
export interface CodeBuildPriceTable {
  readonly table: PriceTable;
  readonly computeTypes: PriceTable;
}

/** Check the price table at `path` and its table of compute types (their prices are read on use). */
export function codeBuildPriceTable(prices: unknown, path = 'prices'): CodeBuildPriceTable {
  const table = priceTable(prices, path, '@msg:error.expected.codeBuildPriceTable');
  return Object.freeze({ table, computeTypes: table.table('computeTypes', '@msg:error.expected.tableOfPricesByComputeType') });
}

/** Price of a compute type; `usePath` is where the type was asked for (for unknown_price). */
export function computeTypePrice(prices: CodeBuildPriceTable, type: CodeBuildComputeType, usePath: string): Dec {
  if (!prices.computeTypes.has(type)) throw new EngineError('unknown_price', usePath, { value: type, where: '@msg:error.where.codeBuildPriceTable' });
  return prices.computeTypes.price(type);
}
