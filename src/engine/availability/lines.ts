/**
 * The English template of every line item the availability calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/availability.ts.
 *
 * Some entries are phrases that lines name through a `@msg:` param (format.ts messageRef): the
 * convention of a downtime figure, the subject of a weakest link, the range of an SLA credit tier,
 * a failover's failure-rate term, and the service an SLA belongs to (one per catalog id, so a
 * formula names the service, never its id).
 */
export const AVAILABILITY_LINES = {
  // Components
  'availability.component.percent': '{name}: {percent}% = {availability}',
  'availability.component.fraction': '{name}: availability {availability} ({percent}%)',
  'availability.component.mtbf': '{name}: MTBF / (MTBF + MTTR) = {mtbfHours} h / ({mtbfHours} h + {mttrHours} h) = {availability}',
  'availability.component.sla': '{name}: {service} SLA {percent}% = {availability} (an SLA is a contract floor, not a measured availability)',
  'availability.component.slaOverride': '{name}: {service} SLA, your value {percent}% = {availability} (an SLA is a contract floor, not a measured availability)',
  'availability.component.replicas': '{name} x {replicas} replicas in parallel: 1 - (1 - {availability})^{replicas} = {result}',

  // Groups
  'availability.series': '{name} (series): {product} = {result}',
  'availability.series.many': '{name} (series of {count}): {product} = {result}',
  'availability.parallel': '{name} (parallel): 1 - {product} = {result}',
  'availability.parallel.many': '{name} (parallel of {count}): 1 - {product} = {result}',
  'availability.kOfN': '{name} (at least {k} of {n} x {member}): sum over i = {k}..{n} of C({n},i) x {memberAvailability}^i x {memberUnavailability}^({n}-i) = {result}',
  'availability.kOfN.terms': '{name} (at least {k} of {n} x {member}): sum over i = {k}..{n} of C({n},i) x {memberAvailability}^i x {memberUnavailability}^({n}-i) = {terms} = {result}',
  'availability.failover':
    '{name} (failover): U = U_primary x U_standby + failure rate x switch time = {primaryUnavailability} x {standbyUnavailability} + {rateTerm} = {bothDown} + {switchFraction} = {sum}; A = 1 - U = {result}',
  'availability.failover.clamped':
    '{name} (failover): U = U_primary x U_standby + failure rate x switch time = {primaryUnavailability} x {standbyUnavailability} + {rateTerm} = {bothDown} + {switchFraction} = {sum}, clamped to 1; A = 1 - U = {result}',
  'availability.failover.rate.perYear': '{rate} failures/year x {switchSeconds} s / 31,536,000 s',
  'availability.failover.rate.mtbf': '{switchSeconds} s / (MTBF {rate} h x 3,600 s/h)',
  'availability.failover.model':
    '{name}: failover model (an approximation): each failure of the active part costs the {switchSeconds} s switch time even when the standby works, and both parts fail independently; the overlap of the two terms is counted twice, which errs on the side of more downtime',

  // Weakest links
  'availability.weakest.definition':
    'share of the downtime: for each component, the unavailability that would disappear if it never failed (U minus U with that component perfect), divided by the sum of these amounts',
  'availability.weakest.item': '#{rank} {subject}: if it never failed, U would fall from {from} to {to} (removes {removed}, {share}% of the downtime)',
  'availability.weakest.subject.component': '{name}',
  'availability.weakest.subject.switchover': '{failover} switchover',
  'availability.weakest.rest': 'the other {count, plural, one {# component} other {# components}} together: removes {removed}, {share}% of the downtime',

  // The composite
  'availability.sla.floor': '{name} uses the {service} SLA ({percent}%): an SLA is a contract floor with service credits below it, not a measured availability',
  'availability.sla.floorOverride': '{name} uses the {service} SLA ({percent}%, your value): an SLA is a contract floor with service credits below it, not a measured availability',
  'availability.nines': 'availability {percent}%; nines = -log10(1 - A) = -log10({unavailability}) = {nines}',
  'availability.nines.perfect': 'availability {percent}%: no downtime, so no finite number of nines',

  // Downtime and error budgets
  'availability.downtime.year': 'downtime per year ({conventionName}; a year = {periodLength} = {periodSeconds} s): {unavailability} x {periodSeconds} s = {downtimeSeconds} s ({duration})',
  'availability.downtime.quarter': 'downtime per quarter ({conventionName}; a quarter = {periodLength} = {periodSeconds} s): {unavailability} x {periodSeconds} s = {downtimeSeconds} s ({duration})',
  'availability.downtime.month': 'downtime per month ({conventionName}; a month = {periodLength} = {periodSeconds} s): {unavailability} x {periodSeconds} s = {downtimeSeconds} s ({duration})',
  'availability.downtime.week': 'downtime per week ({conventionName}; a week = {periodLength} = {periodSeconds} s): {unavailability} x {periodSeconds} s = {downtimeSeconds} s ({duration})',
  'availability.downtime.day': 'downtime per day ({conventionName}; a day = {periodLength} = {periodSeconds} s): {unavailability} x {periodSeconds} s = {downtimeSeconds} s ({duration})',
  'availability.conv.365-day.long': '365-day year, 730-hour month',
  'availability.conv.sre-30-day.long': 'SRE convention: 30-day month, 90-day quarter',
  'availability.conv.gregorian.long': 'Gregorian mean year of 365.2425 days',
  'availability.conv.julian.long': 'Julian year of 365.25 days',
  'availability.conv.calendar-month.long': 'calendar month {month}',
  'availability.budget.time': 'error budget: {unavailability} x {periodSeconds} s = {budgetSeconds} s ({duration})',
  'availability.budget.requests':
    'error budget: {unavailability} x {requests, plural, one {# request} other {# requests}} = {failedRequests, plural, one {# failed request} other {# failed requests}} allowed',
  'availability.budget.requestsWhole':
    'error budget: {unavailability} x {requests, plural, one {# request} other {# requests}} = {failedRequests} failed requests allowed ({wholeFailedRequests, plural, one {# whole request} other {# whole requests}})',

  // SLA credits
  'availability.sla.met': '{service}: {measured}% is not less than the {commitment}% commitment: no credit',
  'availability.sla.unknown': '{service}: {measured}% is below the {commitment}% commitment, so a credit is due, but no confirmed tier covers this value',
  'availability.sla.unknownDays': '{service}: {measured}% is below the {commitment}% commitment, so a credit is due, but credits are days of service and their thresholds are not confirmed',
  'availability.sla.credit.percent': '{service}: {measured}% is {range}: {credit}% credit',
  'availability.sla.credit.days': '{service}: {measured}% is {range}: {credit, plural, one {# day} other {# days}} of service credit',
  'availability.sla.credit.percent.unconfirmed': '{service}: {measured}% is {range}: {credit}% credit (tiers not confirmed)',
  'availability.sla.credit.days.unconfirmed': '{service}: {measured}% is {range}: {credit, plural, one {# day} other {# days}} of service credit (tiers not confirmed)',
  'availability.sla.creditMinimum.percent': '{service}: {measured}% is less than {below}%: at least {credit}% credit (lower tiers not confirmed; the credit may be higher)',
  'availability.sla.creditMinimum.days':
    '{service}: {measured}% is less than {below}%: at least {credit, plural, one {# day} other {# days}} of service credit (lower tiers not confirmed; the credit may be higher)',
  'availability.sla.range.below': 'less than {below}%',
  'availability.sla.range.between': 'less than {below}% but at least {atLeast}%',

  // The services of the SLA catalog (src/data/slas.json), named by `service` params
  'availability.service.ec2-region': 'EC2 / EBS / ECS / Fargate, region-level (two or more AZs)',
  'availability.service.ec2-instance': 'EC2 single instance',
  'availability.service.elb-multi-az': 'Elastic Load Balancing, multi-AZ',
  'availability.service.elb-single-az': 'Elastic Load Balancing, single AZ',
  'availability.service.rds-multi-az': 'RDS Multi-AZ instance or cluster',
  'availability.service.rds-single-az': 'RDS single-AZ instance',
  'availability.service.aurora-multi-az': 'Aurora multi-AZ',
  'availability.service.aurora-single-az': 'Aurora single-AZ',
  'availability.service.dynamodb-standard': 'DynamoDB standard tables',
  'availability.service.dynamodb-global-tables': 'DynamoDB global tables',
  'availability.service.s3-standard': 'S3 Standard',
  'availability.service.s3-standard-ia': 'S3 Standard-IA',
  'availability.service.s3-one-zone-ia': 'S3 One Zone-IA',
  'availability.service.s3-intelligent-tiering': 'S3 Intelligent-Tiering',
  'availability.service.s3-glacier-instant-retrieval': 'S3 Glacier Instant Retrieval',
  'availability.service.lambda': 'Lambda',
  'availability.service.api-gateway': 'API Gateway',
  'availability.service.eks': 'EKS',
  'availability.service.route53': 'Route 53 (DNS queries)',
  'availability.service.cloudfront': 'CloudFront',
  'availability.service.quicksight': 'QuickSight',
  'availability.service.codepipeline': 'CodePipeline',
  'availability.service.codebuild': 'CodeBuild',
  'availability.service.sqs': 'SQS',
  'availability.service.sns': 'SNS',
  'availability.service.elasticache-multi-az': 'ElastiCache multi-AZ or serverless',
  'availability.service.elasticache-single-az': 'ElastiCache single-AZ',
  'availability.service.opensearch-standard': 'OpenSearch Service standard',
  'availability.service.opensearch-multi-az-standby': 'OpenSearch Service Multi-AZ with Standby',
} as const;
