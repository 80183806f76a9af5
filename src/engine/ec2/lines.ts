/**
 * The English template of every line item the ec2 calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/ec2.ts.
 */
import { lineMaker } from '../explain.ts';

export const EC2_LINES = {
  // The month
  'ec2.month.average': 'Average month (as AWS Pricing Calculator): 8,760 h / 12 = {hours} h',
  'ec2.holidays.ignored': '{count, plural, one {# holiday is} other {# holidays are}} ignored in the 730-hour average month; choose a calendar month to apply them',
  'ec2.month.calendar': '{yearMonth} in {timeZone}: {days, plural, one {# day} other {# days}} = {hours} h',
  'ec2.month.calendar.dst': '{yearMonth} in {timeZone}: {days, plural, one {# day} other {# days}} = {hours} h (a clock change makes it {difference} h {direction} than {nominalHours} h)',
  'ec2.month.shorter': 'shorter',
  'ec2.month.longer': 'longer',
  'ec2.holidays.calendar': '{count, plural, one {# holiday} other {# holidays}} in {yearMonth}: no period starts on a holiday (a run begun the day before runs to its end)',
  // Running and billed hours (per instance)
  'ec2.hoursPerWeek.stopped': 'Stopped all month (0 h a week): no compute; EBS volumes and Elastic IPs still bill',
  'ec2.hoursPerWeek': 'Given: {hours} h a week in {runs, plural, one {# run} other {# runs}} of {runHours} h',
  'ec2.running.alwaysOn': 'The schedule covers the whole week, so the instance never stops: {hours} h/month, one continuous run',
  'ec2.running.average': '{weeklyHours} h/week x 730/168 = {hours} h/month',
  'ec2.runs.average': '{runsPerWeek, plural, one {# run} other {# runs}}/week x 730/168 = {runs, plural, one {# run} other {# runs}}/month',
  'ec2.running.alwaysOn.calendar': 'The schedule never stops the instance in {yearMonth}: {hours} h, one continuous run',
  'ec2.running.calendar': '{runs, plural, one {# run} other {# runs}} in {yearMonth} = {hours} h running',
  'ec2.billed.perSecond': 'Per-second billing with a 60 s minimum per run: {hours} h billed',
  'ec2.billed.perSecond.minimum': 'Per-second billing: {shortRuns, plural, one {# run shorter than 60 s billed as 60 s} other {# runs shorter than 60 s billed as 60 s each}}; {hours} h billed',
  'ec2.billed.perHour.average': 'Per-hour billing, each run rounded up to whole hours: {weeklyBilledHours} h/week x 730/168 = {hours} h/month billed (rounding adds {extraHours} h)',
  'ec2.billed.perHour.calendar': 'Per-hour billing, each of {runs, plural, one {# run} other {# runs}} rounded up to whole hours: {hours} h billed (rounding adds {extraHours} h)',
  // The bill (the group)
  'ec2.subject.typeInRegion': '{instanceType} in {region}',
  'ec2.subject.type': '{instanceType}',
  'ec2.subject.region': '{region}',
  'ec2.compute.scheduled': '{subject}: {hours} h x {price} x {count, plural, one {# instance} other {# instances}} = {amount}',
  'ec2.compute.scheduled.unnamed': '{hours} h x {price} x {count, plural, one {# instance} other {# instances}} = {amount}',
  'ec2.publicIpv4.scheduled': 'Auto-assigned public IPv4: {hours} h running x {price} x {count, plural, one {# address} other {# addresses}} = {amount} (released while stopped, so the schedule saves it)',
  'ec2.ebs': 'EBS {type}: {volumes} x {sizeGb} GB x {price}/GB-month x {count, plural, one {# instance} other {# instances}} = {amount} (billed while stopped too)',
  'ec2.elasticIp': 'Elastic IPs: {hours} h x {price} x {count, plural, one {# Elastic IP} other {# Elastic IPs}} = {amount} (billed running or stopped)',
  // Always on, and the savings
  'ec2.alwaysOn.compute': 'Always on: {hours} h x {price} x {count, plural, one {# instance} other {# instances}} = {amount}',
  'ec2.alwaysOn.publicIpv4': 'Always on, auto-assigned public IPv4: {hours} h x {price} x {count, plural, one {# address} other {# addresses}} = {amount}',
  'ec2.notSaved': 'Not saved by the schedule: EBS {ebs} + Elastic IPs {elasticIps} = {amount} a month, billed whether the instance runs or not',
  'ec2.savings.negative': 'The schedule costs {savings} MORE than always on ({scheduled} vs {alwaysOn}): with per-hour billing each of its {runs, plural, one {# run} other {# runs}} is rounded up to whole hours',
  'ec2.savings': 'Savings: {alwaysOn} always on - {scheduled} scheduled = {savings} a month ({percent}% of the always-on bill; compute alone {computePercent}%)',
  // Runs given in seconds (runs.ts)
  'ec2.runs.minimum': 'Run {run}: {seconds} s billed as {billed} s (60-second minimum per run)',
  'ec2.runs.wholeHours': 'Run {run}: {seconds} s billed as {hours} h = {billed} s (each run rounded up to whole hours)',
  'ec2.runs.totalPerSecond': '{runs, plural, one {# run} other {# runs}}: {raw} s running, {billed} s billed per second = {hours} h',
  'ec2.runs.totalPerHour': '{runs, plural, one {# run} other {# runs}}: {raw} s running, {billed} s billed in whole hours = {hours} h',
} as const;

/** The EC2 calculator's line items. */
export const line = lineMaker(EC2_LINES);
