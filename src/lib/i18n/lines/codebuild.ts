/** Spanish line templates of the codebuild calculator: one for each English template in src/engine/codebuild/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const codebuildEs = spanishLines<(typeof LINE_CATALOGS)['codebuild']>({
  'codebuild.subject.labelled': '{label} ({typeName})',
  'codebuild.subject.type': '{typeName}',
  'codebuild.project.named': 'proyecto «{project}»',
  'codebuild.project.numbered': 'proyecto {number}',
  'codebuild.group.perDay': '{subject}: {count, plural, one {# compilación} other {# compilaciones}}/día × 730/24 días = {buildsPerMonth, plural, one {# compilación} other {# compilaciones}}/mes',
  'codebuild.group.overhead': '{subject}: cada compilación: {durationSeconds} s + {overheadSeconds} s de sobrecarga = {seconds} s de reloj',
  'codebuild.group.minutesRounded': '{subject}: {builds, plural, one {# compilación} other {# compilaciones}} × {minutesPerBuild} min ({seconds} s redondeados hacia arriba) = {billedMinutes} min facturados × {price} = {cost}',
  'codebuild.group.minutes': '{subject}: {builds, plural, one {# compilación} other {# compilaciones}} × {minutesPerBuild} min ({seconds} s) = {billedMinutes} min facturados × {price} = {cost}',
  'codebuild.group.seconds': '{subject}: {builds, plural, one {# compilación} other {# compilaciones}} × {seconds} s = {billedSeconds} s facturados × {pricePer1000} por cada 1000 s = {cost} (facturación por segundo, sin redondeo)',
  'codebuild.group.rounding': '{subject}: redondeo de cada compilación al minuto entero: {billedMinutes} min facturados − {rawMinutes} min reales = {roundingMinutes} min × {price} = {roundingCost} (incluido en el costo anterior)',
  'codebuild.freeTier.minutes': '{subject}: capa gratuita: {freeUnits} min × {price} = −{credit}',
  'codebuild.freeTier.seconds': '{subject}: capa gratuita: {freeUnits} s × {pricePer1000} por cada 1000 s = −{credit}',
  'codebuild.project.totalWithFreeTier': '{projectName}: {billedMinutes} min facturados ({rawMinutes} min reales), {grossCost} − {freeTierCredit} de capa gratuita = {total}',
  'codebuild.project.total': '{projectName}: {billedMinutes} min facturados ({rawMinutes} min reales) = {total}',
  'codebuild.rounding.total': 'redondeo de cada compilación al minuto entero: {billedMinutes} min facturados − {rawMinutes} min reales = {roundingMinutes} min de más, que cuestan {roundingCost} (antes de la capa gratuita)',
  'codebuild.freeTier.off': 'capa gratuita no aplicada: es por cuenta de AWS (100 minutos de compilación en general1.small/arm1.small y 6000 segundos de compilación en Lambda de 1 GB al mes); actívala si ningún otro proyecto de la cuenta la usa',
  'codebuild.freeTier.poolMinutes': 'capa gratuita (un solo fondo por cuenta para general1.small y arm1.small): {used} de {allowance} min gratuitos usados, ahorro de {credit}; se aplica primero a los minutos más caros (no está confirmado cómo reparte AWS el fondo)',
  'codebuild.freeTier.poolSeconds': 'capa gratuita (un solo fondo por cuenta para los tipos Lambda de 1 GB): {used} de {allowance} s gratuitos usados, ahorro de {credit}; se aplica primero a los segundos más caros',
  'codebuild.freeTier.notEligible': 'capa gratuita: ninguna de estas compilaciones usa general1.small, arm1.small ni un tipo Lambda de 1 GB, así que no ahorra nada',
  'codebuild.totalWithFreeTier': 'Total de CodeBuild: {grossCost} − {freeTierCredit} de capa gratuita = {total} al mes',
  'codebuild.total': 'Total de CodeBuild: {total} al mes',
});
