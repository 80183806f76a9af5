/**
 * Validating an SLA entry (the catalog JSON, or a user's edited copy): what is rejected, with the
 * code, the path of the bad field and the message a student reads.
 */
import { describe, expect, it } from 'vitest';
import { validateSlaEntry } from '../../src/engine/availability/sla.ts';
import { errorOf } from './helpers.ts';

/** RDS Multi-AZ as the catalog ships it: 99.95%, credits 10 / 25 / 100 below 99.95 / 99.0 / 95.0. */
const rds = () => ({
  id: 'rds-multi-az',
  name: 'RDS Multi-AZ instance or cluster',
  sla: '99.95',
  measure: 'minutes',
  measureConfirmed: true,
  creditUnit: 'percent',
  tiers: [
    { below: '99.95', atLeast: '99.0', credit: '10' },
    { below: '99.0', atLeast: '95.0', credit: '25' },
    { below: '95.0', credit: '100' },
  ],
  tiersConfirmed: true,
  source: 'https://aws.amazon.com/rds/sla/',
  asOf: '2024',
});

const check = (entry: unknown) => {
  const e = errorOf(() => validateSlaEntry(entry, 'slas.3'));
  return [e.code, e.path, e.message];
};

describe('a valid entry', () => {
  it('comes back typed and frozen, with the tiers as written', () => {
    const v = validateSlaEntry(rds(), 'slas.3');
    expect(v).toEqual(rds());
    expect(Object.isFrozen(v)).toBe(true);
  });

  it('keeps a text note and the unconfirmed flag; drops a note that is not text', () => {
    expect(validateSlaEntry({ ...rds(), note: 'secondary sources', unconfirmed: true }, 's')).toMatchObject({ note: 'secondary sources', unconfirmed: true });
    expect(Object.keys(validateSlaEntry(rds(), 's'))).not.toContain('note');
    expect(Object.keys(validateSlaEntry({ ...rds(), note: 5 }, 's'))).not.toContain('note');
    expect(Object.keys(validateSlaEntry({ ...rds(), unconfirmed: false }, 's'))).not.toContain('unconfirmed');
  });

  it('a credit in days may exceed 100 (it is not a percent)', () => {
    const entry = { ...rds(), creditUnit: 'days', tiers: [{ below: '99.95', credit: '150' }] };
    expect(validateSlaEntry(entry, 's').tiers).toEqual([{ below: '99.95', credit: '150' }]);
  });
});

describe('the entry and its text fields', () => {
  it.each<[string, unknown, string, string, string]>([
    ['a string instead of an entry', 'rds-multi-az', 'invalid_type', 'slas.3', 'Expected an SLA entry. (at slas.3)'],
    ['null', null, 'invalid_type', 'slas.3', 'Expected an SLA entry. (at slas.3)'],
    ['a list', [rds()], 'invalid_type', 'slas.3', 'Expected an SLA entry. (at slas.3)'],
    ['no id', { ...rds(), id: undefined }, 'required', 'slas.3.id', 'A value is required here. (at slas.3.id)'],
    ['a blank id', { ...rds(), id: '   ' }, 'required', 'slas.3.id', 'A value is required here. (at slas.3.id)'],
    ['a numeric id', { ...rds(), id: 7 }, 'required', 'slas.3.id', 'A value is required here. (at slas.3.id)'],
    ['an id with capitals and spaces', { ...rds(), id: 'RDS Multi' }, 'invalid_type', 'slas.3.id', 'Expected an id of lowercase letters, digits and dashes, got RDS Multi. (at slas.3.id)'],
    ['no name', { ...rds(), name: undefined }, 'required', 'slas.3.name', 'A value is required here. (at slas.3.name)'],
    ['a blank name', { ...rds(), name: ' ' }, 'required', 'slas.3.name', 'A value is required here. (at slas.3.name)'],
    ['no source', { ...rds(), source: '' }, 'required', 'slas.3.source', 'A value is required here. (at slas.3.source)'],
    ['an SLA above 100%', { ...rds(), sla: '100.5' }, 'too_large', 'slas.3.sla', '100.5 is too large (the most allowed is 100). (at slas.3.sla)'],
  ])('%s', (_name, entry, code, path, message) => {
    expect(check(entry)).toEqual([code, path, message]);
  });

  it('quotes at most 40 characters of a bad id', () => {
    expect(errorOf(() => validateSlaEntry({ ...rds(), id: 'X'.repeat(100) }, 's')).params.got).toBe('X'.repeat(40));
  });
});

describe('measure, credit unit and the confirmation flags', () => {
  it.each<[string, Record<string, unknown>, string, string, string]>([
    ['measure "hours"', { measure: 'hours' }, 'unknown_option', 'slas.3.measure', '"hours" is not one of the allowed values (minutes, requests). (at slas.3.measure)'],
    ['measure a number', { measure: 5 }, 'unknown_option', 'slas.3.measure', '"number" is not one of the allowed values (minutes, requests). (at slas.3.measure)'],
    ['credit unit "euros"', { creditUnit: 'euros' }, 'unknown_option', 'slas.3.creditUnit', '"euros" is not one of the allowed values (percent, days). (at slas.3.creditUnit)'],
    ['measureConfirmed "yes"', { measureConfirmed: 'yes' }, 'invalid_type', 'slas.3.measureConfirmed', 'Expected true or false. (at slas.3.measureConfirmed)'],
    ['tiersConfirmed missing', { tiersConfirmed: undefined }, 'invalid_type', 'slas.3.tiersConfirmed', 'Expected true or false. (at slas.3.tiersConfirmed)'],
  ])('%s', (_name, over, code, path, message) => {
    expect(check({ ...rds(), ...over })).toEqual([code, path, message]);
  });

  it('quotes at most 40 characters of an unknown measure', () => {
    expect(errorOf(() => validateSlaEntry({ ...rds(), measure: 'm'.repeat(100) }, 's')).params.value).toBe('m'.repeat(40));
  });
});

describe('the tiers run down from the commitment without gaps', () => {
  const withTiers = (tiers: unknown, over: Record<string, unknown> = {}) => check({ ...rds(), ...over, tiers });
  const ORDER = 'Expected tiers from the commitment down, each starting where the previous one ends.';

  it.each<[string, unknown, string, string, string]>([
    ['tiers that are an object', {}, 'invalid_type', 'slas.3.tiers', 'Expected a list of tiers. (at slas.3.tiers)'],
    ['a tier that is text', ['10%'], 'invalid_type', 'slas.3.tiers.0', 'Expected a tier { below, atLeast, credit }. (at slas.3.tiers.0)'],
    ['a tier that is null', [null], 'invalid_type', 'slas.3.tiers.0', 'Expected a tier { below, atLeast, credit }. (at slas.3.tiers.0)'],
    ['a tier that is a list', [['99.95', '99.0', '10']], 'invalid_type', 'slas.3.tiers.0', 'Expected a tier { below, atLeast, credit }. (at slas.3.tiers.0)'],
    ['a bound above 100%', [{ below: '101', credit: '10' }], 'too_large', 'slas.3.tiers.0.below', '101 is too large (the most allowed is 100). (at slas.3.tiers.0.below)'],
    ['a lower bound above 100%', [{ below: '99.95', atLeast: '101', credit: '10' }], 'too_large', 'slas.3.tiers.0.atLeast', '101 is too large (the most allowed is 100). (at slas.3.tiers.0.atLeast)'],
    ['a percent credit above 100%', [{ below: '99.95', credit: '150' }], 'too_large', 'slas.3.tiers.0.credit', '150 is too large (the most allowed is 100). (at slas.3.tiers.0.credit)'],
    ['a first tier that does not start at the commitment', [{ below: '99.9', credit: '10' }], 'invalid_type', 'slas.3.tiers.0.below', `${ORDER} (at slas.3.tiers.0.below)`],
    ['a tier whose lower bound is its upper bound', [{ below: '99.95', atLeast: '99.95', credit: '10' }], 'invalid_type', 'slas.3.tiers.0.below', `${ORDER} (at slas.3.tiers.0.below)`],
    ['a tier after the open-ended one', [{ below: '99.95', credit: '10' }, { below: '99.0', credit: '25' }], 'invalid_type', 'slas.3.tiers.1.below', `${ORDER} (at slas.3.tiers.1.below)`],
  ])('%s', (_name, tiers, code, path, message) => {
    expect(withTiers(tiers)).toEqual([code, path, message]);
  });
});
