/**
 * QuickSight usage (quicksight/usage.ts): each wrong field is refused with its code, path and the
 * params the message quotes; group names are trimmed and cut at 120 characters.
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, MAX_READER_GROUPS, quickSightReaderGroups, quickSightCapacityAnnual } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

const P = defaultQuickSightPrices();
const err = (usage: unknown) => errorOf(() => compareQuickSight(usage as never, P, 'u'));

describe('QuickSight usage errors', () => {
  it('the usage and its groups must be objects, the groups a list of at most 1,000', () => {
    const u = err(7);
    expect([u.code, u.path, phraseText(u.params.expected), phraseText(u.params.got)]).toEqual(['invalid_type', 'u', 'an object describing QuickSight usage', 'number']);
    const g = err({ readerGroups: [{ readers: 1, sessionsPerReader: 1 }, 'x'] });
    expect([g.code, g.path, phraseText(g.params.expected)]).toEqual(['invalid_type', 'u.readerGroups.1', 'a reader group']);
    expect(phraseText(g.params.got)).toBeTruthy();
    const list = err({ readerGroups: 'x' });
    expect([list.code, list.path, phraseText(list.params.expected)]).toEqual(['invalid_type', 'u.readerGroups', 'a list of reader groups']);
    const many = err({ readerGroups: new Array(MAX_READER_GROUPS + 1).fill({ readers: 1, sessionsPerReader: 1 }) });
    expect([many.code, many.path, phraseText(many.params.value, many.params), many.params.max]).toEqual(['too_large', 'u.readerGroups', '1001', '1000']);
    expect(quickSightReaderGroups({ readerGroups: new Array(MAX_READER_GROUPS).fill({ readers: 1, sessionsPerReader: 1 }) }, P)).toHaveLength(1000);
  });

  it('a group name must be text; it is trimmed and cut to 120 characters; blank means "Group n"', () => {
    const e = err({ readerGroups: [{ name: 5, readers: 1, sessionsPerReader: 1 }] });
    expect([e.code, e.path, phraseText(e.params.expected)]).toEqual(['invalid_type', 'u.readerGroups.0.name', 'text']);
    const groups = quickSightReaderGroups({ readerGroups: [{ name: `  ${'n'.repeat(130)}  `, readers: 1, sessionsPerReader: 1 }, { name: '   ', readers: 1, sessionsPerReader: 1 }] }, P);
    expect(groups.map((x) => x.name)).toEqual(['n'.repeat(120), 'Group 2']);
  });

  it('edition: enterprise or standard, quoting what was given (cut to 40 characters)', () => {
    const e = err({ edition: 'premium' });
    expect([e.code, e.path, phraseText(e.params.value), phraseText(e.params.allowed)]).toEqual(['unknown_option', 'u.edition', 'premium', 'enterprise, standard']);
    expect(phraseText(err({ edition: 'x'.repeat(50) }).params.value)).toBe('x'.repeat(40));
    expect(phraseText(err({ edition: 3 }).params.value)).toBe('number');
  });

  it('pooled sessions: an object with per month or year and whole sessions', () => {
    const notObject = err({ pooledSessions: 5 });
    expect([notObject.code, notObject.path, phraseText(notObject.params.expected), phraseText(notObject.params.got)]).toEqual(['invalid_type', 'u.pooledSessions', 'pooled sessions { sessions, per }', 'number']);
    const per = err({ pooledSessions: { sessions: 5, per: 'week' } });
    expect([per.code, per.path, phraseText(per.params.value), phraseText(per.params.allowed)]).toEqual(['unknown_option', 'u.pooledSessions.per', 'week', 'month, year']);
    expect(phraseText(err({ pooledSessions: { sessions: 5, per: 'w'.repeat(50) } }).params.value)).toBe('w'.repeat(40));
    expect(phraseText(err({ pooledSessions: { sessions: 5, per: 2 } }).params.value)).toBe('number');
    expect(err({ pooledSessions: { sessions: 'x', per: 'year' } }).path).toBe('u.pooledSessions.sessions');
    const year = quickSightCapacityAnnual({ pooledSessions: { sessions: 1200, per: 'year' } }, P);
    expect(year.lines[0]?.params.perMonth).toBe('100');
  });

  it('Pro counts cannot exceed the authors or readers; Q&A is true or false; the annual tier exists', () => {
    const a = err({ authorsAnnual: 1, authorPro: 2 });
    expect([a.code, a.path, phraseText(a.params.value), a.params.max]).toEqual(['too_large', 'u.authorPro', '2', '1']);
    const r = err({ readerGroups: [{ readers: 3, sessionsPerReader: 1 }], readerPro: 4 });
    expect([r.code, r.path, phraseText(r.params.value), r.params.max]).toEqual(['too_large', 'u.readerPro', '4', '3']);
    const q = err({ qAndA: 'yes' });
    expect([q.code, q.path, phraseText(q.params.expected)]).toEqual(['invalid_type', 'u.qAndA', 'true or false']);
    const t = err({ annualTier: 6 });
    expect([t.code, t.path, phraseText(t.params.value), t.params.min, t.params.max]).toEqual(['out_of_range', 'u.annualTier', '6', '1', '5']);
  });
});
