/**
 * QuickSight break-evens (quicksight/break-even.ts): where legacy per-session equals a per-user
 * Reader and where the legacy cap binds, with the ordinal of the first whole session ("from the
 * 21st session"), and the cases where there is no break-even (free sessions, a cap below the
 * Reader price, a Reader price equal to the cap).
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, type QuickSightPrices } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';

const BASE: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: [] };
const USAGE = { readerGroups: [{ readers: 10, sessionsPerReader: 5 }] };

function breakEvens(prices: Partial<QuickSightPrices>) {
  return compareQuickSight(USAGE, { ...BASE, ...prices } as QuickSightPrices).breakEvens;
}

describe('QuickSight break-evens', () => {
  it('the first whole session past the break-even is written as an English ordinal', () => {
    const cases: [string, string][] = [
      ['0.5', '1st'], ['1', '2nd'], ['2', '3rd'], ['3', '4th'], ['10', '11th'], ['11', '12th'], ['12', '13th'], ['20', '21st'],
      ['21', '22nd'], ['22', '23rd'], ['100', '101st'], ['110', '111th'], ['111', '112th'], ['112', '113th'], ['101', '102nd'],
    ];
    for (const [reader, ordinal] of cases) {
      const b = breakEvens({ readerSession: '1', readerMonthlyCap: '100000', perUserReader: reader }).legacyVsPerUserReader;
      expect(b.line.text).toContain(`from the ${ordinal} session the $${Number(reader).toFixed(2)} per-user Reader is cheaper`);
      expect(b.fromWhole?.toString()).toBe(ordinal.replace(/\D+$/, ''));
    }
  });

  it('legacy vs per-user Reader at the default prices: $3.00 / $0.30 = 10 sessions exactly', () => {
    const b = breakEvens({}).legacyVsPerUserReader;
    expect([b.at?.toString(), b.exact, b.fromWhole?.toString(), b.unit, b.cheaper]).toEqual(['10', true, '11', 'sessions per reader', null]);
    expect([b.line.key, b.line.kind, b.line.unit, b.line.amount.toString()]).toEqual(['quicksight.breakEven.legacyVsPerUserReader', 'info', 'sessions per reader', '10']);
    expect(Object.fromEntries(Object.entries(b.figures).map(([k, v]) => [k, v.toString()]))).toEqual({ reader: '3', session: '0.3', cap: '5' });
    const inexact = breakEvens({ perUserReader: '1' }).legacyVsPerUserReader;
    expect(inexact.exact).toBe(false);
    expect(inexact.line.text).toContain('≈ 3.333333');
  });

  it('no break-even: free sessions, or a cap below the Reader price: legacy is always cheaper', () => {
    const free = breakEvens({ readerSession: '0' }).legacyVsPerUserReader;
    expect([free.at, free.exact, free.fromWhole, free.cheaper, free.line.key, free.line.kind, free.line.unit, free.line.amount.toString()]).toEqual([
      null, true, null, 'legacy', 'quicksight.breakEven.legacyVsPerUserReader.never.freeSessions', 'info', 'sessions per reader', '0',
    ]);
    expect(free.line.text).toBe('Legacy per-session never costs more than a per-user Reader (sessions cost $0.00): no break-even');
    const low = breakEvens({ perUserReader: '6' }).legacyVsPerUserReader;
    expect([low.cheaper, low.line.key]).toEqual(['legacy', 'quicksight.breakEven.legacyVsPerUserReader.never.capBelowReader']);
    expect(low.line.text).toBe('Legacy per-session never costs more than a per-user Reader (the $5.00 cap is below the $6.00 per-user Reader): no break-even');
  });

  it('a Reader price equal to the cap: equal from 16.67 sessions on, with no whole session where per-user wins', () => {
    const b = breakEvens({ perUserReader: '5' }).legacyVsPerUserReader;
    expect([b.exact, b.fromWhole, b.cheaper, b.line.key, b.line.kind, b.line.unit]).toEqual([false, null, null, 'quicksight.breakEven.legacyVsPerUserReader.atCap', 'info', 'sessions per reader']);
    expect(b.line.text).toBe('Legacy equals the per-user Reader at $5.00 / $0.30 per session ≈ 16.666667 sessions per reader: below that legacy per-session is cheaper');
  });

  it('the legacy cap: reached at $5.00 / $0.30, binding from the 17th session; never with free sessions', () => {
    const b = breakEvens({}).legacyCap;
    expect([b.exact, b.fromWhole?.toString(), b.unit, b.cheaper, b.line.key, b.line.kind, b.line.unit]).toEqual([false, '17', 'sessions per reader', null, 'quicksight.breakEven.legacyCap', 'info', 'sessions per reader']);
    expect([b.figures.cap?.toString(), b.figures.session?.toString()]).toEqual(['5', '0.3']);
    const never = breakEvens({ readerSession: '0' }).legacyCap;
    expect([never.at, never.exact, never.fromWhole, never.cheaper, never.line.key, never.line.kind, never.line.unit, never.line.amount.toString()]).toEqual([
      null, true, null, 'legacy', 'quicksight.breakEven.legacyCap.never', 'info', 'sessions per reader', '0',
    ]);
    expect(never.line.text).toBe('Sessions cost $0.00, so the $5.00 cap is never reached');
  });
});
