/**
 * The QuickSight working shared by every model (quicksight/sheet.ts): how a group's sessions are
 * explained (visits rounded up to 30-minute sessions, emailed reports), SPICE within or above the
 * included GB per edition, a default group name kept translatable, and which unconfirmed prices
 * each model flags. Hand arithmetic: a 45-minute visit is 2 sessions, 10 minutes is 1.
 */
import { describe, expect, it } from 'vitest';
import { quickSightCapacityMonthly, quickSightLegacy, quickSightPerUser, type QuickSightPrices } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';

const P: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: ['spiceStandardGbMonth', 'spiceIncludedGbPerAuthor', 'perUserAuthor', 'perUserInfrastructureFee', 'perUserSpiceGbMonth'] };

function rows(r: { lines: readonly { key: string; unit: string; amount: { toString(): string }; text: string }[] }): [string, string, string, string][] {
  return r.lines.map((l) => [l.key, l.unit, l.amount.toString(), l.text]);
}

describe('QuickSight working', () => {
  it('legacy: visits, visits with emailed reports, sessions with emailed reports; SPICE within the included 10 GB', () => {
    const r = quickSightLegacy({
      authorsAnnual: 1,
      spiceGb: '5',
      readerGroups: [
        { name: 'Group 1', readers: 1, visitsPerReader: 4, minutesPerVisit: 45 },
        { name: 'Ops', readers: 1, visitsPerReader: 2, minutesPerVisit: 10, emailedReportsPerReader: 3 },
        { readers: 2, sessionsPerReader: 1, emailedReportsPerReader: 2 },
      ],
    }, P);
    expect(rows(r)).toEqual([
      ["quicksight.legacy.authors.annual","USD","18","1 Enterprise author x $18.00 (annual commitment) = $18.00"],
      ["quicksight.group.sessions.visits","sessions","8","Group 1: 4 visits x 2 sessions (a 45-minute visit is ceil(45 / 30) = 2) = 8 sessions per reader per month"],
      ["quicksight.legacy.reader","USD","2.4","8 sessions x $0.30 = $2.40"],
      ["quicksight.legacy.group","USD","2.4","Group 1: $2.40 x 1 reader = $2.40"],
      ["quicksight.group.sessions.visits.emailed","sessions","5","Ops: 2 visits x 1 session (a 10-minute visit is ceil(10 / 30) = 1) = 2 sessions + 3 emailed reports = 5 sessions per reader per month"],
      ["quicksight.legacy.reader","USD","1.5","5 sessions x $0.30 = $1.50"],
      ["quicksight.legacy.group","USD","1.5","Ops: $1.50 x 1 reader = $1.50"],
      ["quicksight.group.sessions.emailed","sessions","3","Group 3: 1 session + 2 emailed reports = 3 sessions per reader per month"],
      ["quicksight.legacy.reader","USD","0.9","3 sessions x $0.30 = $0.90"],
      ["quicksight.legacy.group","USD","1.8","Group 3: $0.90 x 2 readers = $1.80"],
      ["quicksight.spice.included","GB","10","SPICE included: 1 author x 10 GB = 10 GB"],
      ["quicksight.spice.withinIncluded","GB","5","SPICE: 5 GB used is within the 10 GB included, no charge"],
    ]);
    // a group named like the default keeps the translatable default name
    expect([r.lines[1]?.params.group, r.lines[1]?.params.groupNumber, r.lines[4]?.params.group]).toEqual(['@msg:quicksight.group.default', '1', 'Ops']);
    expect(r.unconfirmedPrices).toEqual([]);
  });

  it('Standard edition: SPICE above the included GB at the Standard rate, its unconfirmed prices flagged', () => {
    const r = quickSightLegacy({ edition: 'standard', authorsAnnual: 1, spiceGb: '25' }, P);
    expect(rows(r)).toEqual([
      ["quicksight.legacy.authors.annual","USD","9","1 Standard author x $9.00 (annual commitment) = $9.00"],
      ["quicksight.spice.included","GB","10","SPICE included: 1 author x 10 GB = 10 GB"],
      ["quicksight.spice.extra","USD","3.75","SPICE: (25 GB - 10 GB included) = 15 GB x $0.25 per GB-month (Standard) = $3.75"],
      ["quicksight.price.unconfirmed","USD","0.25","The Standard SPICE price $0.25 is UNCONFIRMED in the price catalog; check it before relying on it."],
      ["quicksight.price.unconfirmed","USD","10","The SPICE included per author price 10 is UNCONFIRMED in the price catalog; check it before relying on it."],
    ]);
    expect(r.unconfirmedPrices).toEqual(["spiceStandardGbMonth","spiceIncludedGbPerAuthor"]);
  });

  it('per user: Q&A brings the account fee; SPICE within the 30 GB of 3 authors; the author and fee prices flagged', () => {
    const r = quickSightPerUser({ authorsAnnual: 2, authorsMonthly: 1, spiceGb: '12', qAndA: true }, P);
    expect(rows(r)).toEqual([
      ["quicksight.perUser.readers","USD","0","0 readers x $3.00 (sessions do not matter) = $0.00"],
      ["quicksight.perUser.authors","USD","72","3 authors x $24.00 = $72.00"],
      ["quicksight.price.unconfirmed","USD","24","The Author price $24.00 is UNCONFIRMED in the price catalog; check it before relying on it."],
      ["quicksight.perUser.oneAuthorPrice","authors","3","Authors have one price in this model: the annual / month-to-month split (2 / 1) only matters in the legacy model"],
      ["quicksight.perUser.infrastructureFee.qAndA","USD","250","Account infrastructure fee (Q&A enabled) = $250.00"],
      ["quicksight.price.unconfirmed","USD","250","The account infrastructure fee price $250.00 is UNCONFIRMED in the price catalog; check it before relying on it."],
      ["quicksight.spice.included","GB","30","SPICE included: 3 authors x 10 GB = 30 GB"],
      ["quicksight.spice.withinIncluded","GB","12","SPICE: 12 GB used is within the 30 GB included, no charge"],
    ]);
    expect(r.unconfirmedPrices).toEqual(["perUserAuthor","perUserInfrastructureFee"]);
  });

  it('monthly capacity: SPICE above the included GB at the per-user rate', () => {
    const r = quickSightCapacityMonthly({ authorsAnnual: 1, spiceGb: '30' }, P);
    expect(rows(r)).toEqual([
      ["quicksight.capacity.pool","sessions","0","Sessions pooled across all readers (no per-reader cap): 0 sessions per month"],
      ["quicksight.capacityMonthly.fee","USD","250","Monthly reader capacity: $250.00 for the first 500 sessions"],
      ["quicksight.capacityMonthly.withinIncluded","sessions","0","0 of the 500 included sessions used: no extra sessions"],
      ["quicksight.perUser.authors","USD","24","1 author x $24.00 = $24.00"],
      ["quicksight.price.unconfirmed","USD","24","The Author price $24.00 is UNCONFIRMED in the price catalog; check it before relying on it."],
      ["quicksight.spice.included","GB","10","SPICE included: 1 author x 10 GB = 10 GB"],
      ["quicksight.spice.extra","USD","7.6","SPICE: (30 GB - 10 GB included) = 20 GB x $0.38 per GB-month (per-user) = $7.60"],
      ["quicksight.price.unconfirmed","USD","0.38","The SPICE price $0.38 is UNCONFIRMED in the price catalog; check it before relying on it."],
      ["quicksight.price.unconfirmed","USD","10","The SPICE included per author price 10 is UNCONFIRMED in the price catalog; check it before relying on it."],
    ]);
    expect(r.unconfirmedPrices).toEqual(["perUserAuthor","perUserSpiceGbMonth","spiceIncludedGbPerAuthor"]);
  });
});
