/** Spanish line templates of the availability calculator: one for each English template in src/engine/availability/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const availabilityEs = spanishLines<(typeof LINE_CATALOGS)['availability']>({
  // Componentes
  'availability.component.percent': '{name}: {percent} % = {availability}',
  'availability.component.fraction': '{name}: disponibilidad {availability} ({percent} %)',
  'availability.component.mtbf': '{name}: MTBF / (MTBF + MTTR) = {mtbfHours} h / ({mtbfHours} h + {mttrHours} h) = {availability}',
  'availability.component.sla': '{name}: SLA de {service} del {percent} % = {availability} (un SLA es un mínimo contractual, no una disponibilidad medida)',
  'availability.component.slaOverride': '{name}: SLA de {service}, tu valor {percent} % = {availability} (un SLA es un mínimo contractual, no una disponibilidad medida)',
  'availability.component.replicas': '{name} × {replicas, plural, one {# réplica} other {# réplicas}} en paralelo: 1 − (1 − {availability})^{replicas} = {result}',

  // Grupos
  'availability.series': '{name} (en serie): {product} = {result}',
  'availability.series.many': '{name} (serie de {count}): {product} = {result}',
  'availability.parallel': '{name} (en paralelo): 1 − {product} = {result}',
  'availability.parallel.many': '{name} (paralelo de {count}): 1 − {product} = {result}',
  'availability.kOfN': '{name} (al menos {k} de {n} × {member}): suma para i = {k}..{n} de C({n},i) × {memberAvailability}^i × {memberUnavailability}^({n}−i) = {result}',
  'availability.kOfN.terms': '{name} (al menos {k} de {n} × {member}): suma para i = {k}..{n} de C({n},i) × {memberAvailability}^i × {memberUnavailability}^({n}−i) = {expansion} = {result}',
  'availability.failover':
    '{name} (conmutación por error): U = U_principal × U_respaldo + tasa de fallos × tiempo de conmutación = {primaryUnavailability} × {standbyUnavailability} + {rateTerm} = {bothDown} + {switchFraction} = {sum}; A = 1 − U = {result}',
  'availability.failover.clamped':
    '{name} (conmutación por error): U = U_principal × U_respaldo + tasa de fallos × tiempo de conmutación = {primaryUnavailability} × {standbyUnavailability} + {rateTerm} = {bothDown} + {switchFraction} = {sum}, limitada a 1; A = 1 − U = {result}',
  'availability.failover.rate.perYear': '{rate} fallos/año × {switchSeconds} s / 31.536.000 s',
  'availability.failover.rate.mtbf': '{switchSeconds} s / (MTBF {rate} h × 3.600 s/h)',
  'availability.failover.model':
    '{name}: modelo de conmutación por error (una aproximación): cada fallo de la parte activa cuesta los {switchSeconds} s de conmutación aunque el respaldo funcione, y ambas partes fallan de forma independiente; el solapamiento de los dos términos se cuenta dos veces, lo que sobrestima el tiempo de inactividad',

  // Eslabones más débiles
  'availability.weakest.definition':
    'cuota del tiempo de inactividad: para cada componente, la indisponibilidad que desaparecería si nunca fallara (U menos U con ese componente perfecto), dividida por la suma de esas cantidades ({total})',
  'availability.weakest.item': '#{rank} {subject}: si nunca fallara, U bajaría de {from} a {to} (elimina {removed}, el {share} % del tiempo de inactividad)',
  'availability.weakest.subject.component': '{name}',
  'availability.weakest.subject.switchover': 'Conmutación de «{failover}»',
  'availability.weakest.rest': 'los otros {count, plural, one {# componente junto} other {# componentes juntos}}: eliminan {removed}, el {share} % del tiempo de inactividad',

  // La disponibilidad compuesta
  'availability.sla.floor': '{name} usa el SLA de {service} ({percent} %): un SLA es un mínimo contractual con créditos de servicio por debajo, no una disponibilidad medida',
  'availability.sla.floorOverride': '{name} usa el SLA de {service} ({percent} %, tu valor): un SLA es un mínimo contractual con créditos de servicio por debajo, no una disponibilidad medida',
  'availability.nines': 'disponibilidad {percent} %; nueves = −log10(1 − A) = −log10({unavailability}) = {nines}',
  'availability.nines.perfect': 'disponibilidad {percent} %: sin tiempo de inactividad, así que no hay un número finito de nueves',

  // Tiempo de inactividad y presupuestos de error
  'availability.downtime.year': 'tiempo de inactividad por año ({conventionName}; un año = {periodLength} = {periodSeconds} s): {unavailability} × {periodSeconds} s = {downtimeSeconds} s ({durationSi})',
  'availability.downtime.quarter': 'tiempo de inactividad por trimestre ({conventionName}; un trimestre = {periodLength} = {periodSeconds} s): {unavailability} × {periodSeconds} s = {downtimeSeconds} s ({durationSi})',
  'availability.downtime.month': 'tiempo de inactividad por mes ({conventionName}; un mes = {periodLength} = {periodSeconds} s): {unavailability} × {periodSeconds} s = {downtimeSeconds} s ({durationSi})',
  'availability.downtime.week': 'tiempo de inactividad por semana ({conventionName}; una semana = {periodLength} = {periodSeconds} s): {unavailability} × {periodSeconds} s = {downtimeSeconds} s ({durationSi})',
  'availability.downtime.day': 'tiempo de inactividad por día ({conventionName}; un día = {periodLength} = {periodSeconds} s): {unavailability} × {periodSeconds} s = {downtimeSeconds} s ({durationSi})',
  'availability.conv.365-day.long': 'año de 365 días, mes de 730 horas',
  'availability.conv.sre-30-day.long': 'convención SRE: mes de 30 días, trimestre de 90',
  'availability.conv.gregorian.long': 'año gregoriano medio de 365,2425 días',
  'availability.conv.julian.long': 'año juliano de 365,25 días',
  'availability.conv.calendar-month.long': 'mes calendario: {month}',
  'availability.budget.time': 'presupuesto de error: {unavailability} × {periodSeconds} s = {budgetSeconds} s ({durationSi})',
  'availability.budget.requests':
    'presupuesto de error: {unavailability} × {requests, plural, one {# petición} other {# peticiones}} = {failedRequests, plural, one {# petición fallida permitida} other {# peticiones fallidas permitidas}}',
  'availability.budget.requestsWhole':
    'presupuesto de error: {unavailability} × {requests, plural, one {# petición} other {# peticiones}} = {failedRequests} peticiones fallidas permitidas ({wholeFailedRequests, plural, one {# petición completa} other {# peticiones completas}})',

  // Créditos del SLA
  'availability.sla.met': '{service}: {measured} % no es menos que el compromiso del {commitment} %: sin crédito',
  'availability.sla.unknown': '{service}: {measured} % está por debajo del compromiso del {commitment} %, así que corresponde un crédito, pero ningún tramo confirmado cubre este valor',
  'availability.sla.unknownDays': '{service}: {measured} % está por debajo del compromiso del {commitment} %, así que corresponde un crédito, pero los créditos son días de servicio y sus umbrales no están confirmados',
  'availability.sla.credit.percent': '{service}: {measured} % es {range}: crédito del {credit} %',
  'availability.sla.credit.days': '{service}: {measured} % es {range}: crédito de {credit, plural, one {# día} other {# días}} de servicio',
  'availability.sla.credit.percent.unconfirmed': '{service}: {measured} % es {range}: crédito del {credit} % (tramos sin confirmar)',
  'availability.sla.credit.days.unconfirmed': '{service}: {measured} % es {range}: crédito de {credit, plural, one {# día} other {# días}} de servicio (tramos sin confirmar)',
  'availability.sla.creditMinimum.percent': '{service}: {measured} % es menos del {below} %: al menos un crédito del {credit} % (tramos inferiores sin confirmar; el crédito puede ser mayor)',
  'availability.sla.creditMinimum.days':
    '{service}: {measured} % es menos del {below} %: al menos un crédito de {credit, plural, one {# día} other {# días}} de servicio (tramos inferiores sin confirmar; el crédito puede ser mayor)',
  'availability.sla.range.below': 'menos del {below} %',
  'availability.sla.range.between': 'menos del {below} % pero al menos el {atLeast} %',

  // Los servicios del catálogo de SLA
  'availability.service.ec2-region': 'EC2 / EBS / ECS / Fargate, a nivel de región (dos o más AZ)',
  'availability.service.ec2-instance': 'Instancia EC2 individual',
  'availability.service.elb-multi-az': 'Elastic Load Balancing, multi-AZ',
  'availability.service.elb-single-az': 'Elastic Load Balancing, una sola AZ',
  'availability.service.rds-multi-az': 'RDS Multi-AZ (instancia o clúster)',
  'availability.service.rds-single-az': 'Instancia RDS en una sola AZ',
  'availability.service.aurora-multi-az': 'Aurora multi-AZ',
  'availability.service.aurora-single-az': 'Aurora en una sola AZ',
  'availability.service.dynamodb-standard': 'Tablas estándar de DynamoDB',
  'availability.service.dynamodb-global-tables': 'Tablas globales de DynamoDB',
  'availability.service.s3-standard': 'S3 Standard',
  'availability.service.s3-standard-ia': 'S3 Standard-IA',
  'availability.service.s3-one-zone-ia': 'S3 One Zone-IA',
  'availability.service.s3-intelligent-tiering': 'S3 Intelligent-Tiering',
  'availability.service.s3-glacier-instant-retrieval': 'S3 Glacier Instant Retrieval',
  'availability.service.lambda': 'Lambda',
  'availability.service.api-gateway': 'API Gateway',
  'availability.service.eks': 'EKS',
  'availability.service.route53': 'Route 53 (consultas DNS)',
  'availability.service.cloudfront': 'CloudFront',
  'availability.service.quicksight': 'QuickSight',
  'availability.service.codepipeline': 'CodePipeline',
  'availability.service.codebuild': 'CodeBuild',
  'availability.service.sqs': 'SQS',
  'availability.service.sns': 'SNS',
  'availability.service.elasticache-multi-az': 'ElastiCache multi-AZ o serverless',
  'availability.service.elasticache-single-az': 'ElastiCache en una sola AZ',
  'availability.service.opensearch-standard': 'OpenSearch Service estándar',
  'availability.service.opensearch-multi-az-standby': 'OpenSearch Service Multi-AZ con standby',
});
