/** The EC2 calculator's input and prices, checked: only the prices the input uses must be present. */
import { ONE, isPositive, parseCount, parseDecimal, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { asRecord, optionalLabel, own, describeRef } from '../json.ts';
import { priceTable, type PriceTable } from '../price-table.ts';
import { parseYearMonth } from './schedule-dates.ts';
import { parseSchedule, type Schedule } from './schedule-parse.ts';
import { EBS_VOLUME_TYPES, type Ec2Billing, type Ec2MonthMode, type EbsVolumeType } from './types.ts';

/** A volume of each instance, with its price. */
export interface ParsedVolume {
  readonly type: EbsVolumeType;
  readonly sizeGb: Dec;
  readonly count: Dec;
  readonly price: Dec;
}

/** The checked input. */
export interface Parsed {
  readonly region: string | undefined;
  readonly instanceType: string | undefined;
  readonly instances: Dec;
  readonly billing: Ec2Billing;
  /** Null when the input gives `hoursPerWeek` instead. */
  readonly schedule: Schedule | null;
  /** Running hours and starts a week, when given instead of a schedule. */
  readonly weeklyHours: { readonly hours: Dec; readonly runs: Dec } | null;
  readonly monthMode: Ec2MonthMode;
  readonly yearMonth: { year: number; month: number } | undefined;
  readonly volumes: readonly ParsedVolume[];
  readonly elasticIps: Dec;
  readonly publicIpv4: boolean;
  readonly hourlyPrice: Dec;
  readonly ipHourly: Dec;
  readonly path: string;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function option<T extends string>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
  if (absent(value)) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new EngineError('unknown_option', path, {
    value: typeof value === 'string' ? value.slice(0, 40) : describeRef(value),
    allowed: allowed.join(', '),
  });
}

/** Check an instance group and the prices it uses. */
export function parseInput(input: unknown, prices: unknown, path: string): Parsed {
  const p = (...parts: (string | number)[]): string => joinPath(path, ...parts);
  const o = asRecord(input, path, '@msg:error.expected.ec2InstanceGroup');
  const region = optionalLabel(own(o, 'region'), p('region'), 64);
  const instanceType = optionalLabel(own(o, 'instanceType'), p('instanceType'), 64);
  const instances = absent(own(o, 'count')) ? ONE : parseCount(own(o, 'count'), p('count'));
  const billing = option(own(o, 'billing'), p('billing'), ['per-second', 'per-hour'] as const, 'per-second');
  const rawHours = own(o, 'hoursPerWeek');
  let weeklyHours: Parsed['weeklyHours'] = null;
  let schedule: Schedule | null = null;
  if (absent(rawHours)) {
    schedule = parseSchedule(own(o, 'schedule'), p('schedule'));
  } else {
    const hours = parseDecimal(rawHours, p('hoursPerWeek'), { max: '168' });
    const rawRuns = own(o, 'runsPerWeek');
    const runs = hours.isZero() ? ZERO : absent(rawRuns) ? ONE : parseCount(rawRuns, p('runsPerWeek'), { positive: true, max: '10080' });
    weeklyHours = { hours, runs };
  }
  const monthMode = option(own(o, 'monthMode'), p('monthMode'), ['average', 'calendar'] as const, 'average');
  let yearMonth: { year: number; month: number } | undefined;
  if (monthMode === 'calendar') {
    if (schedule === null) throw new EngineError('unknown_option', p('monthMode'), { value: 'calendar', allowed: '@msg:error.allowed.averageWithoutSchedule' });
    yearMonth = parseYearMonth(own(o, 'yearMonth'), p('yearMonth'));
    if (schedule.timeZone === undefined) throw new EngineError('required', p('schedule', 'timeZone'));
  }
  const elasticIps = absent(own(o, 'elasticIps')) ? ZERO : parseCount(own(o, 'elasticIps'), p('elasticIps'));
  const rawIp = own(o, 'publicIpv4');
  if (rawIp !== undefined && rawIp !== null && typeof rawIp !== 'boolean') {
    throw new EngineError('invalid_type', p('publicIpv4'), { expected: '@msg:error.expected.trueOrFalse', got: describeRef(rawIp) });
  }
  const publicIpv4 = rawIp === true;

  // Prices: only what is used must be present.
  const pr = priceTable(prices, joinPath(path, 'prices'), '@msg:error.expected.priceTable');
  const neverRuns = weeklyHours !== null && weeklyHours.hours.isZero();
  if (!pr.has('instanceHourly') && !neverRuns) {
    throw new EngineError('unknown_price', joinPath(pr.path, 'instanceHourly'), {
      value: instanceType ?? 'this instance type',
      ...(region ? { where: region } : {}),
    });
  }
  // An instance that never runs needs no instance price (its EBS and IPs are priced alone).
  const hourlyPrice = pr.has('instanceHourly') ? pr.price('instanceHourly') : ZERO;
  const needsIp = publicIpv4 || isPositive(elasticIps);
  const ipHourly = needsIp || pr.has('publicIpv4Hourly') ? pr.price('publicIpv4Hourly') : ZERO;

  const volumes: ParsedVolume[] = [];
  const rawVolumes = own(o, 'volumes');
  if (rawVolumes !== undefined && rawVolumes !== null) {
    if (!Array.isArray(rawVolumes)) throw new EngineError('invalid_type', p('volumes'), { expected: '@msg:error.expected.listOfVolumes', got: describeRef(rawVolumes) });
    if (rawVolumes.length > 100) throw new EngineError('too_large', p('volumes'), { value: '@msg:error.count.volumes', count: String(rawVolumes.length), max: '100' });
    let ebs: PriceTable | undefined;
    rawVolumes.forEach((v, i) => {
      const vr = asRecord(v, p('volumes', i), '@msg:error.expected.volumeTypeSizeGbCount');
      const rawType = own(vr, 'type');
      if (absent(rawType)) throw new EngineError('required', p('volumes', i, 'type'));
      const type = option(rawType, p('volumes', i, 'type'), EBS_VOLUME_TYPES, 'gp3');
      const sizeGb = parseDecimal(own(vr, 'sizeGb'), p('volumes', i, 'sizeGb'));
      const count = absent(own(vr, 'count')) ? ONE : parseCount(own(vr, 'count'), p('volumes', i, 'count'));
      ebs ??= pr.table('ebsGbMonth', '@msg:error.expected.ebsPricesByVolumeType');
      if (!ebs.has(type)) {
        throw new EngineError('unknown_price', joinPath(ebs.path, type), { value: type, ...(region ? { where: region } : {}) });
      }
      volumes.push({ type, sizeGb, count, price: ebs.price(type) });
    });
  }

  return {
    region,
    instanceType,
    instances,
    billing,
    schedule,
    weeklyHours,
    monthMode,
    yearMonth,
    volumes,
    elasticIps,
    publicIpv4,
    hourlyPrice,
    ipHourly,
    path,
  };
}
