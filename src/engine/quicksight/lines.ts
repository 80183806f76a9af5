/**
 * The English template of every line item the quicksight calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/quicksight.ts.
 *
 * Keys under `quicksight.price.*`, `quicksight.model.*`, `quicksight.edition.*`,
 * `quicksight.ordinal.*` and `quicksight.group.default` are phrases that lines quote through an
 * `@msg:` param (a price's name, a model's name, an English ordinal).
 */
export const QUICKSIGHT_LINES = {
  // Phrases quoted by other lines (`@msg:` params)
  'quicksight.group.default': 'Group {groupNumber}',
  'quicksight.edition.enterprise': 'Enterprise',
  'quicksight.edition.standard': 'Standard',
  'quicksight.edition.perUser': 'per-user',
  'quicksight.model.legacy': 'Legacy per-session',
  'quicksight.model.perUser': 'Per-user',
  'quicksight.model.capacityMonthly': 'Reader capacity, monthly',
  'quicksight.model.capacityAnnual': 'Reader capacity, annual',
  'quicksight.ordinal.st': '{fromWhole}st',
  'quicksight.ordinal.nd': '{fromWhole}nd',
  'quicksight.ordinal.rd': '{fromWhole}rd',
  'quicksight.ordinal.th': '{fromWhole}th',
  'quicksight.price.readerSession': 'legacy reader session',
  'quicksight.price.readerMonthlyCap': 'legacy reader monthly cap',
  'quicksight.price.authorEnterpriseAnnual': 'Enterprise author (annual)',
  'quicksight.price.authorEnterpriseMonthly': 'Enterprise author (month-to-month)',
  'quicksight.price.authorStandardAnnual': 'Standard author (annual)',
  'quicksight.price.authorStandardMonthly': 'Standard author (month-to-month)',
  'quicksight.price.spiceIncludedGbPerAuthor': 'SPICE included per author',
  'quicksight.price.spiceEnterpriseGbMonth': 'Enterprise SPICE',
  'quicksight.price.spiceStandardGbMonth': 'Standard SPICE',
  'quicksight.price.perUserAuthor': 'Author',
  'quicksight.price.perUserAuthorPro': 'Author Pro',
  'quicksight.price.perUserReader': 'Reader',
  'quicksight.price.perUserReaderPro': 'Reader Pro',
  'quicksight.price.perUserInfrastructureFee': 'account infrastructure fee',
  'quicksight.price.perUserSpiceGbMonth': 'SPICE',
  'quicksight.price.capacityMonthlyFee': 'monthly reader capacity',
  'quicksight.price.capacityMonthlySessions': 'monthly capacity sessions',
  'quicksight.price.capacityMonthlyOverage': 'monthly capacity overage',

  // Prices
  'quicksight.price.unconfirmed': 'The {label} price {value} is UNCONFIRMED in the price catalog; check it before relying on it.',
  'quicksight.price.unconfirmed.tiers': 'The annual reader capacity tier prices are UNCONFIRMED in the price catalog; check them before relying on them.',

  // Reader groups
  'quicksight.group.sessions': '{group}: {interactive, plural, one {# session} other {# sessions}} per reader per month',
  'quicksight.group.sessions.emailed':
    '{group}: {interactive, plural, one {# session} other {# sessions}} + {emailed, plural, one {# emailed report} other {# emailed reports}} = {sessions, plural, one {# session} other {# sessions}} per reader per month',
  'quicksight.group.sessions.visits':
    '{group}: {visits, plural, one {# visit} other {# visits}} x {sessionsPerVisit, plural, one {# session} other {# sessions}} (a {minutes}-minute visit is ceil({minutes} / 30) = {sessionsPerVisit}) = {interactive, plural, one {# session} other {# sessions}} per reader per month',
  'quicksight.group.sessions.visits.emailed':
    '{group}: {visits, plural, one {# visit} other {# visits}} x {sessionsPerVisit, plural, one {# session} other {# sessions}} (a {minutes}-minute visit is ceil({minutes} / 30) = {sessionsPerVisit}) = {interactive, plural, one {# session} other {# sessions}} + {emailed, plural, one {# emailed report} other {# emailed reports}} = {sessions, plural, one {# session} other {# sessions}} per reader per month',

  // SPICE
  'quicksight.spice.included': 'SPICE included: {authors, plural, one {# author} other {# authors}} x {perAuthor} GB = {included} GB',
  'quicksight.spice.withinIncluded': 'SPICE: {used} GB used is within the {included} GB included, no charge',
  'quicksight.spice.extra': 'SPICE: ({used} GB - {included} GB included) = {extra} GB x {rate} per GB-month ({edition}) = {amount}',

  // Legacy per-session
  'quicksight.legacy.noPro': 'The legacy model has no Pro tiers: Author Pro and Reader Pro users are priced here as ordinary authors and readers',
  'quicksight.legacy.authors.annual': '{authors, plural, one {# {edition} author} other {# {edition} authors}} x {price} (annual commitment) = {amount}',
  'quicksight.legacy.authors.monthly': '{authors, plural, one {# {edition} author} other {# {edition} authors}} x {price} (month-to-month) = {amount}',
  'quicksight.legacy.reader': '{sessions, plural, one {# session} other {# sessions}} x {price} = {uncapped}',
  'quicksight.legacy.reader.capped': '{sessions, plural, one {# session} other {# sessions}} x {price} = {uncapped}, capped at {cap}',
  'quicksight.legacy.group': '{group}: {perReader} x {readers, plural, one {# reader} other {# readers}} = {amount}',
  'quicksight.legacy.qAndANotModelled': 'Q&A was priced separately in the legacy model and is not included here',

  // Per-user
  'quicksight.perUser.readers': '{readers, plural, one {# reader} other {# readers}} x {price} (sessions do not matter) = {amount}',
  'quicksight.perUser.readerPro': '{readers, plural, one {# Reader Pro} other {# Reader Pros}} x {price} = {amount}',
  'quicksight.perUser.authors': '{authors, plural, one {# author} other {# authors}} x {price} = {amount}',
  'quicksight.perUser.authorPro': '{authors, plural, one {# Author Pro} other {# Author Pros}} x {price} = {amount}',
  'quicksight.perUser.oneAuthorPrice': 'Authors have one price in this model: the annual / month-to-month split ({annual} / {monthly}) only matters in the legacy model',
  'quicksight.perUser.infrastructureFee.pro': 'Account infrastructure fee (at least one Pro user) = {amount}',
  'quicksight.perUser.infrastructureFee.qAndA': 'Account infrastructure fee (Q&A enabled) = {amount}',

  // Reader capacity: the pool
  'quicksight.capacity.groupSessions': '{group}: {readers, plural, one {# reader} other {# readers}} x {sessions, plural, one {# session} other {# sessions}} = {pooled, plural, one {# session} other {# sessions}}',
  'quicksight.capacity.pool': 'Sessions pooled across all readers (no per-reader cap): {sessions, plural, one {# session} other {# sessions}} per month',
  'quicksight.capacity.poolGivenMonth': 'Sessions pooled across all readers, given as a total: {sessions, plural, one {# session} other {# sessions}} per month',
  'quicksight.capacity.poolGivenYear': 'Sessions pooled across all readers, given as a total: {sessions, plural, one {# session} other {# sessions}} per year ({perMonth} per month on average)',
  'quicksight.capacity.noReaderPro':
    'Reader Pro is a per-user license: here {readerPro, plural, one {the # Reader Pro is an ordinary reader whose sessions are} other {the # Reader Pros are ordinary readers whose sessions are}} in the pool',

  // Reader capacity, monthly
  'quicksight.capacityMonthly.fee': 'Monthly reader capacity: {fee} for the first {included, plural, one {# session} other {# sessions}}',
  'quicksight.capacityMonthly.overage': '({sessions} - {included}) = {extra, plural, one {# extra session} other {# extra sessions}} x {price} = {amount}',
  'quicksight.capacityMonthly.withinIncluded': '{sessions} of the {included, plural, one {# included session} other {# included sessions}} used: no extra sessions',

  // Reader capacity, annual
  'quicksight.capacityAnnual.sessionsPerYear': '{sessionsPerMonth, plural, one {# session} other {# sessions}} per month x 12 = {sessionsPerYear, plural, one {# session} other {# sessions}} per year',
  'quicksight.capacityAnnual.cheapestTier':
    'Cheapest of {tiers, plural, one {# annual tier} other {# annual tiers}} for {sessionsPerYear, plural, one {# session} other {# sessions}} per year: tier {tier} ({tierSessions, plural, one {# session} other {# sessions}} for {pricePerYear} per year, then {overage} per session), {costPerYear} per year',
  'quicksight.capacityAnnual.chosenTier': 'Chosen annual tier {tier} ({tierSessions, plural, one {# session} other {# sessions}} for {pricePerYear} per year, then {overage} per session), {costPerYear} per year',
  'quicksight.capacityAnnual.price': '{pricePerYear} per year / 12 = {amount} per month',
  'quicksight.capacityAnnual.overage': '({sessionsPerYear} - {tierSessions}) = {extra, plural, one {# extra session} other {# extra sessions}} x {price} = {perYear} per year / 12 = {amount} per month',

  // Comparison
  'quicksight.compare.total': '{model}: {amount} per month',
  'quicksight.compare.total.cheapest': '{model}: {amount} per month (cheapest)',
  'quicksight.compare.notPriced.contactSales':
    '{model}: not priced: {sessions, plural, one {# session} other {# sessions}} per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.',
  'quicksight.compare.notPriced.standardNoReaders':
    '{model}: not priced: QuickSight Standard edition has authors only, no readers ({readers, plural, one {# reader} other {# readers}} given); choose Enterprise edition to price readers.',

  // Break-even points
  'quicksight.breakEven.legacyVsPerUserReader':
    'Legacy equals the per-user Reader at {reader} / {session} per session {approx} {at} sessions per reader: below that legacy per-session is cheaper; from the {fromOrdinal} session the {reader} per-user Reader is cheaper',
  'quicksight.breakEven.legacyVsPerUserReader.atCap': 'Legacy equals the per-user Reader at {reader} / {session} per session {approx} {at} sessions per reader: below that legacy per-session is cheaper',
  'quicksight.breakEven.legacyVsPerUserReader.never.freeSessions': 'Legacy per-session never costs more than a per-user Reader (sessions cost {session}): no break-even',
  'quicksight.breakEven.legacyVsPerUserReader.never.capBelowReader': 'Legacy per-session never costs more than a per-user Reader (the {cap} cap is below the {reader} per-user Reader): no break-even',
  'quicksight.breakEven.legacyCap':
    'The legacy cap is reached at {cap} / {session} {approx} {at} sessions per reader: it binds from the {fromOrdinal} session ({before, plural, one {# session} other {# sessions}} x {session} = {beforeCost}; {fromWhole, plural, one {# session} other {# sessions}} x {session} = {fromCost}, capped at {cap})',
  'quicksight.breakEven.legacyCap.never': 'Sessions cost {session}, so the {cap} cap is never reached',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} = {perUser} per month. Monthly capacity costs the same at {included} + ({perUser} - {fee}) / {overage} {approx} {at} sessions per month ({perReaderApprox} {perReader} per reader): fewer sessions favour capacity, from {fromWhole} sessions per-user readers are cheaper',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.noReaders':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} = {perUser} per month. Monthly capacity costs the same at {included} + ({perUser} - {fee}) / {overage} {approx} {at} sessions per month: fewer sessions favour capacity, from {fromWhole} sessions per-user readers are cheaper',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.perUser':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} = {perUser} per month, less than the {fee} monthly capacity fee: per-user readers are cheaper at any number of sessions',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.capacity':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} = {perUser} per month; monthly capacity never costs more than {fee}: it is cheaper or equal at any number of sessions',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} x 12 = {perUserYear} per year. Annual capacity tier {tier} costs the same at {tierSessions} + ({perUserYear} - {pricePerYear}) / {overage} {approxYear} {atYear} sessions per year / 12 {approx} {at} sessions per month ({perReaderApprox} {perReader} per reader): from {fromWhole} sessions per month per-user readers are cheaper',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.noReaders':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} x 12 = {perUserYear} per year. Annual capacity tier {tier} costs the same at {tierSessions} + ({perUserYear} - {pricePerYear}) / {overage} {approxYear} {atYear} sessions per year / 12 {approx} {at} sessions per month: from {fromWhole} sessions per month per-user readers are cheaper',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.perUser':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} x 12 = {perUserYear} per year, less than {lowest}, the lowest annual capacity price: per-user readers are cheaper at any number of sessions',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.capacity':
    'Per-user readers: {readers, plural, one {# reader} other {# readers}} x {reader} x 12 = {perUserYear} per year. Annual capacity costs no more than that up to the largest tier ({largest} sessions per year = {largestPerMonth} per month); above it AWS says "contact sales"',
} as const;

/** A quicksight line key. */
export type QuickSightLineKey = keyof typeof QUICKSIGHT_LINES;
