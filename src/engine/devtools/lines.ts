/**
 * The English template of every line item the devtools calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/devtools.ts.
 */
export const DEVTOOLS_LINES = {
  'codedeploy.free.ec2': '{deployments, plural, one {# deployment} other {# deployments}} to EC2: no CodeDeploy charge',
  'codedeploy.free.lambda': '{deployments, plural, one {# deployment} other {# deployments}} to Lambda: no CodeDeploy charge',
  'codedeploy.free.ecs': '{deployments, plural, one {# deployment} other {# deployments}} to ECS: no CodeDeploy charge',
  'codedeploy.onPremises': '{deployments, plural, one {# deployment} other {# deployments}} x {instances, plural, one {# on-premises instance} other {# on-premises instances}} = {updates, plural, one {# update} other {# updates}} x {price} = {amount}',
  'codecommit.users.withRoles': '{people, plural, one {# person} other {# people}} + {roles, plural, one {# service role} other {# service roles}} (CodeBuild, CodePipeline) = {users, plural, one {# active user} other {# active users}}',
  'codecommit.users': '{users, plural, one {# active user} other {# active users}} - {free} free = {paid} paid x {price} = {amount}',
  'codecommit.users.noFreeTier': '{users, plural, one {# active user} other {# active users}} x {price} = {amount} (free tier not applied)',
  'codecommit.storage': '{storage} GB-month - {included} included = {extra} GB-month x {price} = {amount}',
  'codecommit.storage.included': '{storage} GB-month of the {included} included: no charge',
  'codecommit.requests': '{requests, plural, one {# Git request} other {# Git requests}} - {included} included = {extra} x {price} = {amount}',
  'codecommit.requests.included': '{requests, plural, one {# Git request} other {# Git requests}} of the {included} included: no charge',
  'codecommit.total': 'CodeCommit total: {total} per month',
  'codepipeline.v1': '{active, plural, one {# active V1 pipeline} other {# active V1 pipelines}} - {free} free = {paid} x {price} = {amount}',
  'codepipeline.v1.inactive': '{inactive, plural, one {# V1 pipeline} other {# V1 pipelines}} with no new change this month: no charge',
  'codepipeline.v2.action': '{action}: {executions, plural, one {# execution} other {# executions}} x {seconds} s, rounded up to {minutesEach} min each = {minutes, plural, one {# action minute} other {# action minutes}}',
  'codepipeline.v2.actionFree': '{action}: {executions, plural, one {# execution} other {# executions}}, not charged (manual approval or custom action)',
  'codepipeline.v2': '{minutes, plural, one {# action minute} other {# action minutes}} - {free} free = {paid} min x {price} = {amount}',
  /** The name of an action without a label (`@msg:` phrase of the action lines). */
  'codepipeline.actionNumber': 'Action {number}',
  'pipeline.commits': '{flow}: {commits, plural, one {# commit} other {# commits}} a month, each running the pipeline, its builds and one deployment',
  /** The name of a release flow without a label (`@msg:` phrase). */
  'pipeline.flowName': 'Release flow',
  'pipeline.total': 'Release flow: CodeCommit {codecommit} + CodeBuild {codebuild} + CodeDeploy {codedeploy} + CodePipeline {codepipeline} = {total} per month',
} as const;
