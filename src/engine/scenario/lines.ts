/**
 * The English template of every line item the scenario calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/scenario.ts.
 */
export const SCENARIO_LINES = {
  // The summary of a scenario (totals.ts)
  'scenario.component': '{name}: {amount} per month',
  'scenario.flowName': 'Release flow',
  'scenario.componentLinked': '{name}: {amount} per month, counted through the architecture node "{node}"',
  'scenario.codebuildFreeTier': 'CodeBuild free tier applied once across {projects, plural, one {# project} other {# projects}}: -{credit} (included above)',
  'scenario.architecture': 'Priced architecture nodes: {amount} per month',
  'scenario.monthly': 'Monthly total: {parts} = {total}',
  'scenario.annual': 'Annual total: {monthly} x 12 months = {annual}',
  'scenario.year.twelveMonths': '{name}: 12 x {monthly} = {annual} a year',
  'scenario.year.calendarMonths': '{name}: {annual} over the 12 calendar months from {from} to {to}',
  'scenario.year.architecture': 'Priced architecture nodes: 12 x {monthly} = {annual} a year',
  'scenario.annual.calendar': 'Annual total, 12 calendar months from {from} to {to}: {parts} = {annual}',
  'scenario.savings': 'Schedules save {monthly} per month ({annual} per year)',
  'scenario.savings.calendar': 'Schedules save {monthly} in {from} ({annual} over the 12 calendar months from {from} to {to})',
  // A release flow inside a scenario (components.ts)
  'pipeline.freeTierUsed': 'CodeCommit and CodePipeline free tiers: already used by the first pipeline of this account',
  'pipeline.codebuildAccount': 'CodeBuild: these builds share the account free tier with the scenario\'s other CodeBuild projects',
  'pipeline.codebuildNoFreeTier': 'CodeBuild: free tier off for this scenario (turn it on in the scenario settings)',
  // Priced architecture nodes (architecture-cost.ts)
  'architecture.total': 'Priced architecture: {amount} per month (every copy counted)',
  'architecture.warmStandby': '{name}: warm standby at {percent}% of its full price: {full} x {percent}% = {amount}',
  'architecture.copies': '{name}: {each} per copy x {copies, plural, one {# copy} other {# copies}} = {amount}',
  'architecture.linked': '{name}: one copy costs what the component "{component}" costs, {amount} per month (counted here, not again among the components)',
  'architecture.item': '{name}: {label}: {quantity} {unit} x {price} = {amount}',
  // The units of a catalog's services (`@msg:` phrases of architecture.item; a unit the engine
  // does not know is quoted as the catalog writes it)
  'architecture.unit.hours': '{quantity, plural, one {hour} other {hours}}',
  'architecture.unit.gbMonth': 'GB-month',
  'architecture.unit.units': '{quantity, plural, one {unit} other {units}}',
  'architecture.itemRuns': '{name}: {label}: {runs, plural, one {# run} other {# runs}} x max({seconds} s, {minimum} s minimum) = {hours} h x {quantity} at once x {price} per hour = {amount}',
} as const;
