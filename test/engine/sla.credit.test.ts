/**
 * The service credit for a measured monthly uptime: every status, its line (key, text, params)
 * and why a credit is unknown. Tiers read "less than X% but at least Y%".
 */
import { describe, expect, it } from 'vitest';
import { slaCredit } from '../../src/engine/availability/sla.ts';
import { findSla } from '../../src/data/slas.ts';
import { errorOf } from './helpers.ts';

const sla = (id: string) => findSla(id)!;
/** Route 53 with a user-entered schedule: 1 day below 100% down to 99.9%, then 7 days. */
const route53Days = () => ({ ...sla('route53'), tiers: [{ below: '100', atLeast: '99.9', credit: '1' }, { below: '99.9', credit: '7' }], tiersConfirmed: true });

describe('met: no credit', () => {
  it('RDS at exactly its 99.95% commitment', () => {
    const r = slaCredit(sla('rds-multi-az'), '99.95');
    expect([r.status, r.credit!.toFixed(), r.tier, r.unconfirmed]).toEqual(['met', '0', null, false]);
    expect(r.lines).toHaveLength(1);
    const l = r.lines[0]!;
    expect([l.key, l.text, l.kind, l.unit, l.amount.toFixed()]).toEqual([
      'availability.sla.met',
      'RDS Multi-AZ instance or cluster: 99.95% is not less than the 99.95% commitment: no credit',
      'info',
      'percent',
      '0',
    ]);
    expect(l.params).toEqual({ sla: 'rds-multi-az', service: '@msg:availability.service.rds-multi-az', commitment: '99.95', measured: '99.95', unit: 'percent' });
  });
});

describe('credit: inside a known tier', () => {
  it('RDS at 99.5%: less than 99.95% but at least 99.0%, 10%', () => {
    const r = slaCredit(sla('rds-multi-az'), '99.5');
    const l = r.lines[0]!;
    expect([r.status, l.key, l.kind, l.unit, l.amount.toFixed()]).toEqual(['credit', 'availability.sla.credit.percent', 'info', 'percent', '10']);
    expect(l.params).toEqual({
      sla: 'rds-multi-az',
      service: '@msg:availability.service.rds-multi-az',
      commitment: '99.95',
      measured: '99.5',
      unit: 'percent',
      below: '99.95',
      atLeast: '99.0',
      range: '@msg:availability.sla.range.between',
      credit: '10',
    });
  });

  it('RDS at 90%: the open-ended last tier has no lower bound in its params', () => {
    const l = slaCredit(sla('rds-multi-az'), '90').lines[0]!;
    expect(l.text).toBe('RDS Multi-AZ instance or cluster: 90% is less than 95.0%: 100% credit');
    expect(l.params.atLeast).toBe('');
  });

  it('credits in days: 7 days, in the plural', () => {
    const r = slaCredit(route53Days(), '99.5');
    expect([r.status, r.credit!.toFixed(), r.lines[0]!.unit]).toEqual(['credit', '7', 'days']);
    expect(r.lines[0]!.key).toBe('availability.sla.credit.days');
    expect(r.lines[0]!.text).toBe('Route 53 (DNS queries): 99.5% is less than 99.9%: 7 days of service credit');
  });

  it('a partial, unconfirmed table whose last known tier has a lower bound: that tier\'s credit, flagged, not "at least"', () => {
    const entry = { ...sla('elb-single-az'), tiers: [{ below: '99.9', atLeast: '99.0', credit: '10' }] };
    const r = slaCredit(entry, '99.5');
    expect([r.status, r.lines[0]!.key]).toEqual(['credit', 'availability.sla.credit.percent.unconfirmed']);
    expect(r.lines[0]!.text).toBe('Elastic Load Balancing, single AZ: 99.5% is less than 99.9% but at least 99.0%: 10% credit (tiers not confirmed)');
  });
});

describe('credit-minimum: the last known tier, lower tiers not confirmed', () => {
  it('ELB single AZ at 98%: at least 10%', () => {
    const r = slaCredit(sla('elb-single-az'), '98');
    const l = r.lines[0]!;
    expect([r.status, l.key, l.kind, l.unit, l.amount.toFixed()]).toEqual(['credit-minimum', 'availability.sla.creditMinimum.percent', 'info', 'percent', '10']);
    expect(l.params).toMatchObject({ below: '99.9', atLeast: '', credit: '10' });
  });
});

describe('tiers-unknown: a credit is due but no tier says how much', () => {
  it('Lambda (no tiers, percent credits): no confirmed tier covers the value', () => {
    const r = slaCredit(sla('lambda'), '99');
    const l = r.lines[0]!;
    expect([r.status, r.credit, l.key, l.kind, l.unit, l.amount.toFixed()]).toEqual(['tiers-unknown', null, 'availability.sla.unknown', 'info', 'percent', '0']);
    expect(l.text).toBe('Lambda: 99% is below the 99.95% commitment, so a credit is due, but no confirmed tier covers this value');
    expect(l.params).toEqual({ sla: 'lambda', service: '@msg:availability.service.lambda', commitment: '99.95', measured: '99', unit: 'percent' });
  });

  it('Route 53 (no tiers, days): the day thresholds are not confirmed', () => {
    const l = slaCredit(sla('route53'), '99.99').lines[0]!;
    expect(l.key).toBe('availability.sla.unknownDays');
    expect(l.text).toBe('Route 53 (DNS queries): 99.99% is below the 100% commitment, so a credit is due, but credits are days of service and their thresholds are not confirmed');
    expect(l.unit).toBe('days');
  });

  it('days with a partial schedule that does not reach the value: no tier covers it', () => {
    const entry = { ...sla('route53'), tiers: [{ below: '100', atLeast: '99.9', credit: '1' }] };
    const r = slaCredit(entry, '99');
    expect([r.status, r.lines[0]!.key]).toEqual(['tiers-unknown', 'availability.sla.unknown']);
  });
});

describe('flags and paths', () => {
  it('carries the entry\'s unconfirmed flag (DynamoDB) and not otherwise (RDS)', () => {
    expect(slaCredit(sla('dynamodb-standard'), '98').unconfirmed).toBe(true);
    expect(slaCredit(sla('rds-multi-az'), '98').unconfirmed).toBe(false);
  });

  it('a bad entry is reported under <path>.sla', () => {
    const e = errorOf(() => slaCredit({ ...sla('rds-multi-az'), id: 'RDS' }, '99', 'credits.0'));
    expect([e.code, e.path]).toEqual(['invalid_type', 'credits.0.sla.id']);
  });
});
