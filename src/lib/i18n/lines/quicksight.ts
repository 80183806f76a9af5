/** Spanish line templates of the quicksight calculator: one for each English template in src/engine/quicksight/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const quicksightEs = spanishLines<(typeof LINE_CATALOGS)['quicksight']>({
  // Phrases quoted by other lines (`@msg:` params)
  'quicksight.group.default': 'Grupo {groupNumber}',
  'quicksight.edition.enterprise': 'Enterprise',
  'quicksight.edition.standard': 'Standard',
  'quicksight.edition.perUser': 'por usuario',
  'quicksight.model.legacy': 'Legacy por sesión',
  'quicksight.model.perUser': 'Por usuario',
  'quicksight.model.capacityMonthly': 'Capacidad de lectores, mensual',
  'quicksight.model.capacityAnnual': 'Capacidad de lectores, anual',
  'quicksight.ordinal.st': '{fromWhole}',
  'quicksight.ordinal.nd': '{fromWhole}',
  'quicksight.ordinal.rd': '{fromWhole}',
  'quicksight.ordinal.th': '{fromWhole}',
  'quicksight.price.readerSession': 'sesión de lector (legacy)',
  'quicksight.price.readerMonthlyCap': 'tope mensual por lector (legacy)',
  'quicksight.price.authorEnterpriseAnnual': 'autor Enterprise (anual)',
  'quicksight.price.authorEnterpriseMonthly': 'autor Enterprise (mes a mes)',
  'quicksight.price.authorStandardAnnual': 'autor Standard (anual)',
  'quicksight.price.authorStandardMonthly': 'autor Standard (mes a mes)',
  'quicksight.price.spiceIncludedGbPerAuthor': 'SPICE incluido por autor',
  'quicksight.price.spiceEnterpriseGbMonth': 'SPICE Enterprise',
  'quicksight.price.spiceStandardGbMonth': 'SPICE Standard',
  'quicksight.price.perUserAuthor': 'autor',
  'quicksight.price.perUserAuthorPro': 'Author Pro',
  'quicksight.price.perUserReader': 'lector',
  'quicksight.price.perUserReaderPro': 'Reader Pro',
  'quicksight.price.perUserInfrastructureFee': 'tarifa de infraestructura de la cuenta',
  'quicksight.price.perUserSpiceGbMonth': 'SPICE',
  'quicksight.price.capacityMonthlyFee': 'capacidad mensual de lectores',
  'quicksight.price.capacityMonthlySessions': 'sesiones de la capacidad mensual',
  'quicksight.price.capacityMonthlyOverage': 'excedente de la capacidad mensual',

  // Prices
  'quicksight.price.unconfirmed': 'El precio «{label}» de {value} está SIN CONFIRMAR en el catálogo de precios; revísalo antes de confiar en él.',
  'quicksight.price.unconfirmed.tiers': 'Los precios de los niveles de capacidad anual de lectores están SIN CONFIRMAR en el catálogo de precios; revísalos antes de confiar en ellos.',

  // Reader groups
  'quicksight.group.sessions': '{group}: {interactive, plural, one {# sesión} other {# sesiones}} por lector al mes',
  'quicksight.group.sessions.emailed':
    '{group}: {interactive, plural, one {# sesión} other {# sesiones}} + {emailed, plural, one {# informe enviado} other {# informes enviados}} por correo = {sessions, plural, one {# sesión} other {# sesiones}} por lector al mes',
  'quicksight.group.sessions.visits':
    '{group}: {visits, plural, one {# visita} other {# visitas}} × {sessionsPerVisit, plural, one {# sesión} other {# sesiones}} (una visita de {minutes} min son techo({minutes} / 30) = {sessionsPerVisit}) = {interactive, plural, one {# sesión} other {# sesiones}} por lector al mes',
  'quicksight.group.sessions.visits.emailed':
    '{group}: {visits, plural, one {# visita} other {# visitas}} × {sessionsPerVisit, plural, one {# sesión} other {# sesiones}} (una visita de {minutes} min son techo({minutes} / 30) = {sessionsPerVisit}) = {interactive, plural, one {# sesión} other {# sesiones}} + {emailed, plural, one {# informe enviado} other {# informes enviados}} por correo = {sessions, plural, one {# sesión} other {# sesiones}} por lector al mes',

  // SPICE
  'quicksight.spice.included': 'SPICE incluido: {authors, plural, one {# autor} other {# autores}} × {perAuthor} GB = {included} GB',
  'quicksight.spice.withinIncluded': 'SPICE: los {used} GB usados caben en los {included} GB incluidos, sin costo',
  'quicksight.spice.extra': 'SPICE: ({used} GB − {included} GB incluidos) = {extra} GB × {rate} por GB-mes ({edition}) = {amount}',

  // Legacy per-session
  'quicksight.legacy.noPro': 'El modelo legacy no tiene niveles Pro: aquí los usuarios Author Pro y Reader Pro se cobran como autores y lectores normales',
  'quicksight.legacy.authors.annual': '{authors, plural, one {# autor {edition}} other {# autores {edition}}} × {price} (compromiso anual) = {amount}',
  'quicksight.legacy.authors.monthly': '{authors, plural, one {# autor {edition}} other {# autores {edition}}} × {price} (mes a mes) = {amount}',
  'quicksight.legacy.reader': '{sessions, plural, one {# sesión} other {# sesiones}} × {price} = {uncapped}',
  'quicksight.legacy.reader.capped': '{sessions, plural, one {# sesión} other {# sesiones}} × {price} = {uncapped}, con el tope de {cap}',
  'quicksight.legacy.group': '{group}: {perReader} × {readers, plural, one {# lector} other {# lectores}} = {amount}',
  'quicksight.legacy.qAndANotModelled': 'En el modelo legacy, Q&A se cobraba aparte y no se incluye aquí',

  // Per-user
  'quicksight.perUser.readers': '{readers, plural, one {# lector} other {# lectores}} × {price} (las sesiones no cuentan) = {amount}',
  'quicksight.perUser.readerPro': '{readers, plural, one {# Reader Pro} other {# Reader Pro}} × {price} = {amount}',
  'quicksight.perUser.authors': '{authors, plural, one {# autor} other {# autores}} × {price} = {amount}',
  'quicksight.perUser.authorPro': '{authors, plural, one {# Author Pro} other {# Author Pro}} × {price} = {amount}',
  'quicksight.perUser.oneAuthorPrice': 'En este modelo los autores tienen un solo precio: el reparto anual / mes a mes ({annual} / {monthly}) solo cuenta en el modelo legacy',
  'quicksight.perUser.infrastructureFee.pro': 'Tarifa de infraestructura de la cuenta (hay al menos un usuario Pro) = {amount}',
  'quicksight.perUser.infrastructureFee.qAndA': 'Tarifa de infraestructura de la cuenta (Q&A activado) = {amount}',

  // Reader capacity: the pool
  'quicksight.capacity.groupSessions': '{group}: {readers, plural, one {# lector} other {# lectores}} × {sessions, plural, one {# sesión} other {# sesiones}} = {pooled, plural, one {# sesión} other {# sesiones}}',
  'quicksight.capacity.pool': 'Sesiones compartidas entre todos los lectores (sin tope por lector): {sessions, plural, one {# sesión} other {# sesiones}} al mes',
  'quicksight.capacity.poolGivenMonth': 'Sesiones compartidas entre todos los lectores, dadas como total: {sessions, plural, one {# sesión} other {# sesiones}} al mes',
  'quicksight.capacity.poolGivenYear': 'Sesiones compartidas entre todos los lectores, dadas como total: {sessions, plural, one {# sesión} other {# sesiones}} al año ({perMonth} al mes en promedio)',
  'quicksight.capacity.noReaderPro':
    'Reader Pro es una licencia por usuario: aquí {readerPro, plural, one {el # Reader Pro es un lector normal cuyas sesiones van} other {los # Reader Pro son lectores normales cuyas sesiones van}} a la bolsa común',

  // Reader capacity, monthly
  'quicksight.capacityMonthly.fee': 'Capacidad mensual de lectores: {fee} por las primeras {included, plural, one {# sesión} other {# sesiones}}',
  'quicksight.capacityMonthly.overage': '({sessions} − {included}) = {extra, plural, one {# sesión adicional} other {# sesiones adicionales}} × {price} = {amount}',
  'quicksight.capacityMonthly.withinIncluded': 'Usadas {sessions} de las {included, plural, one {# sesión incluida} other {# sesiones incluidas}}: no hay sesiones adicionales',

  // Reader capacity, annual
  'quicksight.capacityAnnual.sessionsPerYear': '{sessionsPerMonth, plural, one {# sesión} other {# sesiones}} al mes × 12 = {sessionsPerYear, plural, one {# sesión} other {# sesiones}} al año',
  'quicksight.capacityAnnual.cheapestTier':
    'El más barato de {tiers, plural, one {# nivel anual} other {# niveles anuales}} para {sessionsPerYear, plural, one {# sesión} other {# sesiones}} al año: nivel {tier} ({tierSessions, plural, one {# sesión} other {# sesiones}} por {pricePerYear} al año, luego {overage} por sesión), {costPerYear} al año',
  'quicksight.capacityAnnual.chosenTier': 'Nivel anual elegido: {tier} ({tierSessions, plural, one {# sesión} other {# sesiones}} por {pricePerYear} al año, luego {overage} por sesión), {costPerYear} al año',
  'quicksight.capacityAnnual.price': '{pricePerYear} al año / 12 = {amount} al mes',
  'quicksight.capacityAnnual.overage': '({sessionsPerYear} − {tierSessions}) = {extra, plural, one {# sesión adicional} other {# sesiones adicionales}} × {price} = {perYear} al año / 12 = {amount} al mes',

  // Comparison
  'quicksight.compare.total': '{model}: {amount} al mes',
  'quicksight.compare.total.cheapest': '{model}: {amount} al mes (el más barato)',
  'quicksight.compare.notPriced.contactSales':
    '{model}: sin precio: {sessions, plural, one {# sesión} other {# sesiones}} al año supera el mayor nivel publicado; AWS indica «contactar con ventas», así que nubecalc no inventa un precio.',
  'quicksight.compare.notPriced.standardNoReaders':
    '{model}: sin precio: la edición Standard de QuickSight solo tiene autores, no lectores ({readers, plural, one {se indicó # lector} other {se indicaron # lectores}}); elige la edición Enterprise para calcular lectores.',

  // Break-even points
  'quicksight.breakEven.legacyVsPerUserReader':
    'Legacy iguala al lector por usuario con {reader} / {session} por sesión {approx} {at} sesiones por lector: por debajo, legacy por sesión es más barato; desde la sesión {fromOrdinal}, el lector por usuario de {reader} es más barato',
  'quicksight.breakEven.legacyVsPerUserReader.atCap': 'Legacy iguala al lector por usuario con {reader} / {session} por sesión {approx} {at} sesiones por lector: por debajo, legacy por sesión es más barato',
  'quicksight.breakEven.legacyVsPerUserReader.never.freeSessions': 'Legacy por sesión nunca cuesta más que un lector por usuario (las sesiones cuestan {session}): no hay punto de equilibrio',
  'quicksight.breakEven.legacyVsPerUserReader.never.capBelowReader': 'Legacy por sesión nunca cuesta más que un lector por usuario (el tope de {cap} es menor que el lector por usuario de {reader}): no hay punto de equilibrio',
  'quicksight.breakEven.legacyCap':
    'El tope legacy se alcanza con {cap} / {session} {approx} {at} sesiones por lector: se aplica desde la sesión {fromOrdinal} ({before, plural, one {# sesión} other {# sesiones}} × {session} = {beforeCost}; {fromWhole, plural, one {# sesión} other {# sesiones}} × {session} = {fromCost}, con el tope de {cap})',
  'quicksight.breakEven.legacyCap.never': 'Las sesiones cuestan {session}, así que nunca se llega al tope de {cap}',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} = {perUser} al mes. La capacidad mensual cuesta lo mismo con {included} + ({perUser} − {fee}) / {overage} {approx} {at} sesiones al mes ({perReaderApprox} {perReader} por lector): con menos sesiones conviene la capacidad; desde {fromWhole} sesiones, los lectores por usuario son más baratos',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.noReaders':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} = {perUser} al mes. La capacidad mensual cuesta lo mismo con {included} + ({perUser} − {fee}) / {overage} {approx} {at} sesiones al mes: con menos sesiones conviene la capacidad; desde {fromWhole} sesiones, los lectores por usuario son más baratos',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.perUser':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} = {perUser} al mes, menos que la cuota de capacidad mensual de {fee}: los lectores por usuario son más baratos con cualquier número de sesiones',
  'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.capacity':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} = {perUser} al mes; la capacidad mensual nunca cuesta más de {fee}: es igual o más barata con cualquier número de sesiones',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} × 12 = {perUserYear} al año. El nivel {tier} de capacidad anual cuesta lo mismo con {tierSessions} + ({perUserYear} − {pricePerYear}) / {overage} {approxYear} {atYear} sesiones al año / 12 {approx} {at} sesiones al mes ({perReaderApprox} {perReader} por lector): desde {fromWhole} sesiones al mes, los lectores por usuario son más baratos',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.noReaders':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} × 12 = {perUserYear} al año. El nivel {tier} de capacidad anual cuesta lo mismo con {tierSessions} + ({perUserYear} − {pricePerYear}) / {overage} {approxYear} {atYear} sesiones al año / 12 {approx} {at} sesiones al mes: desde {fromWhole} sesiones al mes, los lectores por usuario son más baratos',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.perUser':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} × 12 = {perUserYear} al año, menos que {lowest}, el precio más bajo de capacidad anual: los lectores por usuario son más baratos con cualquier número de sesiones',
  'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.capacity':
    'Lectores por usuario: {readers, plural, one {# lector} other {# lectores}} × {reader} × 12 = {perUserYear} al año. La capacidad anual no cuesta más que eso hasta el mayor nivel ({largest} sesiones al año = {largestPerMonth} al mes); por encima, AWS indica «contactar con ventas»',
});
