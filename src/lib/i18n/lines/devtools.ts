/** Spanish line templates of the devtools calculator: one for each English template in src/engine/devtools/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const devtoolsEs = spanishLines<(typeof LINE_CATALOGS)['devtools']>({
  'codedeploy.free.ec2': '{deployments, plural, one {# despliegue} other {# despliegues}} en EC2: CodeDeploy no cobra',
  'codedeploy.free.lambda': '{deployments, plural, one {# despliegue} other {# despliegues}} en Lambda: CodeDeploy no cobra',
  'codedeploy.free.ecs': '{deployments, plural, one {# despliegue} other {# despliegues}} en ECS: CodeDeploy no cobra',
  'codedeploy.onPremises': '{deployments, plural, one {# despliegue} other {# despliegues}} × {instances, plural, one {# instancia local} other {# instancias locales}} = {updates, plural, one {# actualización} other {# actualizaciones}} × {price} = {amount}',
  'codecommit.users.withRoles': '{people, plural, one {# persona} other {# personas}} + {roles, plural, one {# rol de servicio} other {# roles de servicio}} (CodeBuild, CodePipeline) = {users, plural, one {# usuario activo} other {# usuarios activos}}',
  'codecommit.users': '{users, plural, one {# usuario activo} other {# usuarios activos}} − {free} gratis = {paid} de pago × {price} = {amount}',
  'codecommit.users.noFreeTier': '{users, plural, one {# usuario activo} other {# usuarios activos}} × {price} = {amount} (sin capa gratuita)',
  'codecommit.storage': '{storage} GB-mes − {included} incluidos = {extra} GB-mes × {price} = {amount}',
  'codecommit.storage.included': '{storage} GB-mes de los {included} incluidos: sin cargo',
  'codecommit.requests': '{requests, plural, one {# solicitud Git} other {# solicitudes Git}} − {included} incluidas = {extra} × {price} = {amount}',
  'codecommit.requests.included': '{requests, plural, one {# solicitud Git} other {# solicitudes Git}} de las {included} incluidas: sin cargo',
  'codecommit.total': 'Total de CodeCommit: {total} al mes',
  'codepipeline.v1': '{active, plural, one {# pipeline V1 activo} other {# pipelines V1 activos}} − {free} gratis = {paid} × {price} = {amount}',
  'codepipeline.v1.inactive': '{inactive, plural, one {# pipeline V1 sin cambios nuevos} other {# pipelines V1 sin cambios nuevos}} este mes: sin cargo',
  'codepipeline.v2.action': '{action}: {executions, plural, one {# ejecución} other {# ejecuciones}} × {seconds} s, redondeadas a {minutesEach} min cada una = {minutes, plural, one {# minuto de acción} other {# minutos de acción}}',
  'codepipeline.v2.actionFree': '{action}: {executions, plural, one {# ejecución} other {# ejecuciones}}, sin cargo (aprobación manual o acción personalizada)',
  'codepipeline.v2': '{minutes, plural, one {# minuto de acción} other {# minutos de acción}} − {free} gratis = {paid} min × {price} = {amount}',
  'codepipeline.actionNumber': 'Acción {number}',
  'pipeline.commits': '{flow}: {commits, plural, one {# commit} other {# commits}} al mes, cada uno ejecuta el pipeline, sus compilaciones y un despliegue',
  'pipeline.flowName': 'Flujo de entrega',
  'pipeline.total': 'Flujo de entrega: CodeCommit {codecommit} + CodeBuild {codebuild} + CodeDeploy {codedeploy} + CodePipeline {codepipeline} = {total} al mes',
});
