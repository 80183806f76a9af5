/**
 * What the EC2 off-hours calculator takes (an instance group, its schedule or weekly hours, its
 * volumes and addresses; the prices) and what it returns (one month, always on vs scheduled).
 */
import type { Dec, DecimalString } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import type { ScheduleInput } from './schedule-parse.ts';

/** How a run is billed: per second with a 60 s minimum, or whole hours rounded up per run. */
export type Ec2Billing = 'per-second' | 'per-hour';

/** Which month the costs are for. */
export type Ec2MonthMode = 'average' | 'calendar';

/** EBS volume types. Default prices exist only where domain.md lists one (gp3, gp2). */
export type EbsVolumeType = 'gp3' | 'gp2' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard';

/** Every EBS volume type accepted. */
export const EBS_VOLUME_TYPES: readonly EbsVolumeType[] = Object.freeze(['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const);

/** A count or size: a decimal string or a safe integer. */
export type Ec2NumberInput = DecimalString | number;

/** EBS volumes attached to each instance. */
export interface EbsVolumeInput {
  readonly type: EbsVolumeType;
  /** Size of each volume in GB (GB-month pricing). */
  readonly sizeGb: Ec2NumberInput;
  /** Volumes of this kind per instance (default 1). */
  readonly count?: Ec2NumberInput;
}

/** A group of identical instances on one schedule. */
export interface Ec2OffHoursInput {
  /** Region code, e.g. "us-east-1" (shown in the lines and messages). */
  readonly region?: string;
  /** Instance type, e.g. "t3.medium" (shown in the lines and messages). */
  readonly instanceType?: string;
  /** Number of identical instances (default 1). */
  readonly count?: Ec2NumberInput;
  /** Default 'per-second'. */
  readonly billing?: Ec2Billing;
  /** The running periods, time zone and holidays (not read when `hoursPerWeek` is given). */
  readonly schedule: ScheduleInput;
  /**
   * A plain number of running hours a week (0 to 168) instead of periods: 730-hour average month
   * only. 0 prices what a stopped instance still bills (EBS, Elastic IPs): no instance price is
   * needed then.
   */
  readonly hoursPerWeek?: Ec2NumberInput;
  /** With `hoursPerWeek`: the starts a week (default 1), each run hoursPerWeek / runsPerWeek long. */
  readonly runsPerWeek?: Ec2NumberInput;
  /** Default 'average' (730-hour month). */
  readonly monthMode?: Ec2MonthMode;
  /** "YYYY-MM", required when monthMode is 'calendar'. */
  readonly yearMonth?: string;
  /** EBS volumes of EACH instance. */
  readonly volumes?: readonly EbsVolumeInput[];
  /** Elastic IPs held by EACH instance (billed every hour, running or stopped). Default 0. */
  readonly elasticIps?: Ec2NumberInput;
  /**
   * Each instance gets an auto-assigned public IPv4 (billed only while running). Default false.
   * An instance whose public address is an Elastic IP needs only `elasticIps`.
   */
  readonly publicIpv4?: boolean;
}

/** EC2 prices: plain decimal strings, every one overridable. */
export interface Ec2Prices {
  /** On-demand USD per instance-hour; absent when the catalog has none (the user must enter one). */
  readonly instanceHourly?: DecimalString;
  /** USD per GB-month by volume type. */
  readonly ebsGbMonth?: Readonly<Partial<Record<EbsVolumeType, DecimalString>>>;
  /** USD per hour for each public IPv4 address, Elastic IPs included ("0.005"). */
  readonly publicIpv4Hourly?: DecimalString;
}

/** Monthly USD by part. */
export interface Ec2CostBreakdown {
  /** Instance-hours. */
  readonly compute: Dec;
  /** Auto-assigned public IPv4 addresses (while running). */
  readonly publicIpv4: Dec;
  /** EBS volumes (whole month). */
  readonly ebs: Dec;
  /** Elastic IPs (whole month). */
  readonly elasticIps: Dec;
  /** Public addresses together: auto-assigned IPv4 + Elastic IPs. */
  readonly addresses: Dec;
  /** Sum of the above. */
  readonly total: Dec;
}

/** The month the figures are for. */
export interface Ec2MonthInfo {
  readonly mode: Ec2MonthMode;
  /** "730-hour average month" or "2025-03 (America/New_York)". */
  readonly label: string;
  /** Hours in the month (730, or the calendar month's real length). */
  readonly hours: Dec;
  /** "YYYY-MM" in calendar mode. */
  readonly yearMonth?: string;
  readonly timeZone?: string;
  /** DST changes inside the calendar month (0 in average mode). */
  readonly clockChanges: number;
}

/** The priced comparison for one month. Hours and runs are PER INSTANCE; money covers the group. */
export interface Ec2OffHoursResult {
  readonly month: Ec2MonthInfo;
  readonly billing: Ec2Billing;
  readonly instances: Dec;
  readonly hourlyPrice: Dec;
  /** True when the schedule never stops the instance. */
  readonly scheduleAlwaysOn: boolean;
  /** Hours the instance runs on the schedule. */
  readonly runningHours: Dec;
  /** Hours billed for those runs (60 s minimum or whole-hour rounding applied per run). */
  readonly billedHours: Dec;
  /** billedHours - runningHours: what the per-run minimum or whole-hour rounding adds. */
  readonly extraBilledHours: Dec;
  /** Runs (starts) per month; fractional in the average month (runs/week x 730/168). */
  readonly runs: Dec;
  /** Hours billed when always on. */
  readonly alwaysOnBilledHours: Dec;
  readonly alwaysOn: Ec2CostBreakdown;
  readonly scheduled: Ec2CostBreakdown;
  /** alwaysOn.total - scheduled.total (negative when the schedule costs more). */
  readonly savings: Dec;
  /** savings / alwaysOn.total x 100; 0 when the always-on cost is 0. */
  readonly savingsPercent: Dec;
  /** alwaysOn.compute - scheduled.compute. */
  readonly computeSavings: Dec;
  /** computeSavings / alwaysOn.compute x 100; 0 when that is 0. */
  readonly computeSavingsPercent: Dec;
  /** Costs a schedule cannot save: EBS + Elastic IPs. */
  readonly notSaved: Dec;
  /** Monthly USD with the schedule (= scheduled.total = sum of the cost lines). */
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** One month of {@link ec2SavingsChart}. */
export interface Ec2ChartMonth {
  readonly label: string;
  readonly alwaysOn: Dec;
  readonly scheduled: Dec;
  readonly savings: Dec;
  readonly cumulativeSavings: Dec;
}

/** Chart data: always-on vs scheduled monthly cost, and cumulative savings. */
export interface Ec2SavingsChart {
  readonly months: readonly Ec2ChartMonth[];
  /** Plain numbers for Chart.js (converted at the edge). */
  readonly labels: readonly string[];
  readonly alwaysOn: readonly number[];
  readonly scheduled: readonly number[];
  readonly cumulativeSavings: readonly number[];
  /** Sum of the months' savings. */
  readonly totalSavings: Dec;
}
