/**
 * The CodeBuild price table as the calculator reads it: only what the priced builds use is read
 * (and must be valid), each value parsed where it is used.
 */
import { parseDecimal, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { asRecord, own } from '../json.ts';
import type { CodeBuildComputeType } from './compute-types.ts';

/** A checked price table: its compute-type prices and free-tier allowances, read on demand. */
export class PriceBook {
  private readonly table: Record<string, unknown>;
  private readonly prices: Record<string, unknown>;
  constructor(prices: unknown, private readonly pricesPath = 'prices') {
    this.prices = asRecord(prices, pricesPath, 'a CodeBuild price table');
    this.table = asRecord(own(this.prices, 'computeTypes'), joinPath(pricesPath, 'computeTypes'), 'a table of prices by compute type');
  }

  /** True when the table prices `type`. */
  has(type: CodeBuildComputeType): boolean {
    const raw = own(this.table, type);
    return raw !== undefined && raw !== null && raw !== '';
  }

  /** Price of a compute type; `usePath` is where the type was asked for (for unknown_price). */
  unitPrice(type: CodeBuildComputeType, usePath: string): Dec {
    if (!this.has(type)) throw new EngineError('unknown_price', usePath, { value: type, where: 'the CodeBuild price table' });
    return parseDecimal(own(this.table, type), joinPath(this.pricesPath, 'computeTypes', type));
  }

  /** A free-tier allowance a month: build-minutes or Lambda build-seconds. */
  allowance(field: 'freeTierMinutes' | 'freeTierLambdaSeconds'): Dec {
    return parseDecimal(own(this.prices, field), joinPath(this.pricesPath, field));
  }
}
