/**
 * Per-user model: Author $24, Author Pro $40 (UNCONFIRMED), Reader $3, Reader Pro $20, plus a
 * $250 account infrastructure fee when there is at least one Pro user (or Q&A is enabled); SPICE
 * beyond 10 GB per author at $0.38. Author Pro / Reader Pro are counts OF the authors / readers.
 */
import { isPositive, num, usd } from '../decimal.ts';
import type { ParsedPrices } from './prices.ts';
import type { QuickSightPerUserResult } from './results.ts';
import { perUserAuthorLines, Sheet, spiceLines } from './sheet.ts';
import type { ParsedUsage } from './usage.ts';

export function perUserFrom(u: ParsedUsage, p: ParsedPrices): QuickSightPerUserResult {
  const s = new Sheet(p);
  const regularReaders = u.readers.minus(u.readerPro);
  if (isPositive(regularReaders) || u.readerPro.isZero()) {
    const cost = regularReaders.times(p.perUserReader);
    s.cost('readers', 'quicksight.perUser.readers', cost, { readers: num(regularReaders), price: usd(p.perUserReader), amount: usd(cost) }, isPositive(regularReaders) ? ['perUserReader'] : []);
  }
  if (isPositive(u.readerPro)) {
    const cost = u.readerPro.times(p.perUserReaderPro);
    s.cost('readers', 'quicksight.perUser.readerPro', cost, { readers: num(u.readerPro), price: usd(p.perUserReaderPro), amount: usd(cost) }, ['perUserReaderPro']);
  }
  const fee = perUserAuthorLines(s, u, p, true);
  spiceLines(s, u, p, 'perUserSpiceGbMonth');
  const b = s.base('perUser');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, infrastructureFee: fee });
}
