/**
 * The English template of every line item the devtools calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/devtools.ts.
 */
export const DEVTOOLS_LINES = {
  'codedeploy.free.ec2': '{deployments, plural, one {# deployment} other {# deployments}} to EC2: no CodeDeploy charge',
  'codedeploy.free.lambda': '{deployments, plural, one {# deployment} other {# deployments}} to Lambda: no CodeDeploy charge',
  'codedeploy.free.ecs': '{deployments, plural, one {# deployment} other {# deployments}} to ECS: no CodeDeploy charge',
  'codedeploy.onPremises': '{deployments, plural, one {# deployment} other {# deployments}} x {instances, plural, one {# on-premises instance} other {# on-premises instances}} = {updates, plural, one {# update} other {# updates}} x {price} = {amount}',
} as const;
