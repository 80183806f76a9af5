/** Spanish line templates of the scenario calculator: one for each English template in src/engine/scenario/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const scenarioEs = spanishLines<(typeof LINE_CATALOGS)['scenario']>({
  'scenario.component': '{name}: {amount} al mes',
  'scenario.flowName': 'Flujo de entrega',
  'scenario.componentLinked': '{name}: {amount} al mes, contado a través del nodo de la arquitectura «{node}»',
  'scenario.codebuildFreeTier': 'Capa gratuita de CodeBuild aplicada una sola vez entre {projects, plural, one {# proyecto} other {# proyectos}}: -{credit} (ya incluido arriba)',
  'scenario.architecture': 'Nodos de la arquitectura con precio: {amount} al mes',
  'scenario.monthly': 'Total mensual: {parts} = {total}',
  'scenario.annual': 'Total anual: {monthly} × 12 meses = {annual}',
  'scenario.year.twelveMonths': '{name}: 12 × {monthly} = {annual} al año',
  'scenario.year.calendarMonths': '{name}: {annual} en los 12 meses calendario de {from} a {to}',
  'scenario.year.architecture': 'Nodos de la arquitectura con precio: 12 × {monthly} = {annual} al año',
  'scenario.annual.calendar': 'Total anual, 12 meses calendario de {from} a {to}: {parts} = {annual}',
  'scenario.savings': 'Los horarios ahorran {monthly} al mes ({annual} al año)',
  'scenario.savings.calendar': 'Los horarios ahorran {monthly} en {from} ({annual} en los 12 meses calendario de {from} a {to})',
  'pipeline.freeTierUsed': 'Capas gratuitas de CodeCommit y CodePipeline: ya las usa el primer pipeline de esta cuenta',
  'pipeline.codebuildAccount': 'CodeBuild: estas compilaciones comparten la capa gratuita de la cuenta con los otros proyectos de CodeBuild del escenario',
  'pipeline.codebuildNoFreeTier': 'CodeBuild: capa gratuita desactivada en este escenario (actívala en la configuración del escenario)',
  'architecture.total': 'Arquitectura con precio: {amount} al mes (contando cada copia)',
  'architecture.warmStandby': '{name}: reserva tibia al {percent} % de su precio completo: {full} × {percent} % = {amount}',
  'architecture.copies': '{name}: {each} por copia × {copies, plural, one {# copia} other {# copias}} = {amount}',
  'architecture.linked': '{name}: una copia cuesta lo que cuesta el componente «{component}», {amount} al mes (se cuenta aquí, no otra vez entre los componentes)',
  'architecture.item': '{name}: {label}: {quantity} {unit} × {price} = {amount}',
  'architecture.unit.hours': '{quantity, plural, one {hora} other {horas}}',
  'architecture.unit.gbMonth': 'GB-mes',
  'architecture.unit.units': '{quantity, plural, one {unidad} other {unidades}}',
  'architecture.itemRuns': '{name}: {label}: {runs, plural, one {# ejecución} other {# ejecuciones}} × máx({seconds} s, mínimo {minimum} s) = {hours} h × {quantity} a la vez × {price} por hora = {amount}',
});
