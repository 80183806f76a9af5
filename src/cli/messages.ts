/** The command line's own texts (English and Spanish); everything else comes from the app's bundles. */
import { defineMessages } from '../lib/i18n/define.ts';

const HELP_EN = `nubecalc: AWS cost and availability of nubecalc scenarios, on the command line.

Usage:
  nubecalc evaluate FILE... [options]   cost, availability, nines and downtime of each scenario
  nubecalc diff OLD NEW [options]       the compare view for two scenarios, with the cost per extra nine
  nubecalc --help | --version

FILE, OLD and NEW are:
  a JSON file exported from the app (several scenarios) or a scenario document (one);
  -  for standard input;
  an app share link ('https://.../#share=...'), decoded here: nothing is sent over the network.
  OLD and NEW must hold one scenario each.

Options:
  --format table|json|csv|markdown  output format (default: table; markdown fits a pull-request comment)
  --lang en|es                      language and number format (default: en)
  --explain                         every line item's formula (the app's "Show your work")
  --prices FILE                     catalog prices replaced for this run (JSON; see README, "Scripts and CI")
  --max-monthly AMOUNT              guard: each scenario (diff: the new one) costs at most AMOUNT USD a month
  --min-availability PERCENT        guard: each scenario (diff: the new one) is at least PERCENT available (99.95)
  --max-increase PERCENT%|AMOUNT    diff only, guard: the monthly cost rises at most PERCENT% (10%) or AMOUNT USD
  --no-progress                     never show the progress line (shown only on a terminal, for 5+ files)
  -h, --help                        this text
  -v, --version                     the version

Output goes to stdout; guard failures, invalid input and progress go to stderr.
Exit codes:
  0  evaluated, every guard within its limit
  1  a guard failed (stderr says which and by how much)
  2  invalid input or arguments (stderr gives the error code, the path of the field and the message)

Examples:
  nubecalc evaluate scenarios.json --max-monthly 500 --min-availability 99.95
  nubecalc diff main.json branch.json --max-increase 10% --format markdown
  cat scenario.json | nubecalc evaluate - --format json --lang es`;

const HELP_ES = `nubecalc: costo y disponibilidad en AWS de escenarios de nubecalc, desde la línea de comandos.

Uso:
  nubecalc evaluate ARCHIVO... [opciones]   costo, disponibilidad, nueves y tiempo de inactividad de cada escenario
  nubecalc diff ANTERIOR NUEVO [opciones]   la comparación de dos escenarios, con el costo de cada nueve adicional
  nubecalc --help | --version

ARCHIVO, ANTERIOR y NUEVO son:
  un archivo JSON exportado desde la app (varios escenarios) o un documento de escenario (uno);
  -  para la entrada estándar;
  un enlace para compartir de la app ('https://.../#share=...'), que se decodifica aquí: nada se envía por la red.
  ANTERIOR y NUEVO deben tener un escenario cada uno.

Opciones:
  --format table|json|csv|markdown  formato de salida (por defecto: table; markdown sirve para un comentario de pull request)
  --lang en|es                      idioma y formato de números (por defecto: en)
  --explain                         la fórmula de cada partida ("Mostrar el cálculo" de la app)
  --prices ARCHIVO                  precios del catálogo reemplazados en esta ejecución (JSON; ver README, "Scripts and CI")
  --max-monthly IMPORTE             control: cada escenario (en diff, el nuevo) cuesta como mucho IMPORTE USD al mes
  --min-availability PORCENTAJE     control: cada escenario (en diff, el nuevo) tiene al menos PORCENTAJE de disponibilidad (99.95)
  --max-increase PORCENTAJE%|IMPORTE  solo diff, control: el costo mensual sube como mucho PORCENTAJE% (10%) o IMPORTE USD
  --no-progress                     nunca mostrar la línea de progreso (solo aparece en una terminal, con 5 archivos o más)
  -h, --help                        este texto
  -v, --version                     la versión

Los resultados van a stdout; los controles que fallan, la entrada no válida y el progreso van a stderr.
Códigos de salida:
  0  evaluado, todos los controles dentro de su límite
  1  falló un control (stderr dice cuál y por cuánto)
  2  entrada o argumentos no válidos (stderr da el código del error, la ruta del campo y el mensaje)

Ejemplos:
  nubecalc evaluate escenarios.json --max-monthly 500 --min-availability 99.95
  nubecalc diff main.json rama.json --max-increase 10% --format markdown
  cat escenario.json | nubecalc evaluate - --format json --lang es`;

export const cliMessages = defineMessages(
  {
    'cli.help': HELP_EN,
    'cli.type': 'Type',
    'cli.total': 'Total',
    'cli.noArchitecture': 'No availability architecture.',
    'cli.working': 'Working',
    'cli.slas': 'SLAs used (contract floors)',
    'cli.pricesFrom': 'Prices from {file} replace catalog values.',
    'cli.source': 'Source: {source}',
    'cli.progress': 'Evaluating {done} of {total}…',
    'cli.internal': 'nubecalc: unexpected error: {message}',
    'cli.invalid': 'nubecalc: invalid input in {where}: [{code}]{at} {message}',
    'cli.invalid.at': ' at {path}:',
    'cli.invalid.scenario': '{source}, scenario {n} “{name}”',
    'cli.guard.failed': 'nubecalc: guard {guard} failed: {message}',
    'cli.guard.summaryOk': 'Every guard is within its limit.',
    'cli.guard.summaryFail': '{n} guard(s) failed.',
    'cli.guard.maxMonthly.ok': '{scenario}: {actual} per month, within the limit of {limit}.',
    'cli.guard.maxMonthly.fail': '{scenario}: {actual} per month is over the limit of {limit} by {over}.',
    'cli.guard.minAvailability.ok': '{scenario}: availability {actual}, at or above the target of {limit}.',
    'cli.guard.minAvailability.fail': '{scenario}: availability {actual} is under the target of {limit} by {under} percentage points.',
    'cli.guard.minAvailability.none': '{scenario}: no availability architecture, so the target of {limit} cannot be met.',
    'cli.guard.maxIncrease.ok': '{scenario}: monthly cost {old} → {new} ({sign}{diff}, {sign}{rel}), within the allowed increase of {limit}.',
    'cli.guard.maxIncrease.fail': '{scenario}: monthly cost {old} → {new} ({sign}{diff}, {sign}{rel}) is more than the allowed increase of {limit}.',
    'cli.diff.old': 'Old',
    'cli.diff.new': 'New',
    'cli.diff.change': 'Change',
    'cli.diff.heading': '{old} → {new}',
    'cli.diff.sources': 'Old: {old}; new: {new}',
    'cli.csv.source': 'Source',
    'cli.csv.type': 'Type',
    'cli.csv.monthly': 'Monthly (USD)',
    'cli.csv.annual': 'Annual (USD)',
    'cli.csv.availability': 'Availability (%)',
    'cli.csv.nines': 'Nines',
    'cli.csv.diff.figure': 'Figure',
    'cli.csv.diff.old': 'Old',
    'cli.csv.diff.new': 'New',
    'cli.csv.diff.difference': 'Difference',
    'cli.usage.seeHelp': 'Run "nubecalc --help" for the commands and options.',
    'cli.usage.noCommand': 'no command given: use "evaluate" or "diff".',
    'cli.usage.unknownCommand': 'unknown command "{command}": use "evaluate" or "diff".',
    'cli.usage.unknownOption': 'unknown option "{option}".',
    'cli.usage.missingValue': 'the option {option} needs a value.',
    'cli.usage.flagValue': 'the option {option} takes no value.',
    'cli.usage.repeated': 'the option {option} is given twice.',
    'cli.usage.badLang': 'unknown language "{value}": use en or es.',
    'cli.usage.badFormat': 'unknown format "{value}": use one of {allowed}.',
    'cli.usage.noFiles': 'evaluate needs at least one file, "-" (standard input) or share link.',
    'cli.usage.stdinTwice': 'standard input ("-") can be read only once.',
    'cli.usage.increaseNeedsDiff': '--max-increase compares two scenarios: use it with "nubecalc diff OLD NEW".',
    'cli.usage.diffArgs': 'diff needs exactly two scenarios, OLD and NEW (got {count}).',
    'ws.problem.not_share_link': 'It is not a nubecalc share link (the address has no #share= part).',
    'ws.problem.unreadable': 'It could not be read ({reason}).',
    'ws.problem.diff_one_scenario': 'diff needs one scenario in each file; this holds {count}.',
  },
  {
    'cli.help': HELP_ES,
    'cli.type': 'Tipo',
    'cli.total': 'Total',
    'cli.noArchitecture': 'Sin arquitectura de disponibilidad.',
    'cli.working': 'Cálculo',
    'cli.slas': 'SLA usados (mínimos contractuales)',
    'cli.pricesFrom': 'Los precios de {file} reemplazan los del catálogo.',
    'cli.source': 'Origen: {source}',
    'cli.progress': 'Evaluando {done} de {total}…',
    'cli.internal': 'nubecalc: error inesperado: {message}',
    'cli.invalid': 'nubecalc: entrada no válida en {where}: [{code}]{at} {message}',
    'cli.invalid.at': ' en {path}:',
    'cli.invalid.scenario': '{source}, escenario {n} «{name}»',
    'cli.guard.failed': 'nubecalc: falló el control {guard}: {message}',
    'cli.guard.summaryOk': 'Todos los controles están dentro de su límite.',
    'cli.guard.summaryFail': 'Fallaron {n} control(es).',
    'cli.guard.maxMonthly.ok': '{scenario}: {actual} al mes, dentro del límite de {limit}.',
    'cli.guard.maxMonthly.fail': '{scenario}: {actual} al mes supera el límite de {limit} en {over}.',
    'cli.guard.minAvailability.ok': '{scenario}: disponibilidad {actual}, igual o superior al objetivo de {limit}.',
    'cli.guard.minAvailability.fail': '{scenario}: la disponibilidad {actual} queda por debajo del objetivo de {limit} en {under} puntos porcentuales.',
    'cli.guard.minAvailability.none': '{scenario}: no tiene arquitectura de disponibilidad, así que no puede cumplir el objetivo de {limit}.',
    'cli.guard.maxIncrease.ok': '{scenario}: costo mensual {old} → {new} ({sign}{diff}, {sign}{rel}), dentro del aumento permitido de {limit}.',
    'cli.guard.maxIncrease.fail': '{scenario}: costo mensual {old} → {new} ({sign}{diff}, {sign}{rel}) supera el aumento permitido de {limit}.',
    'cli.diff.old': 'Anterior',
    'cli.diff.new': 'Nuevo',
    'cli.diff.change': 'Cambio',
    'cli.diff.heading': '{old} → {new}',
    'cli.diff.sources': 'Anterior: {old}; nuevo: {new}',
    'cli.csv.source': 'Origen',
    'cli.csv.type': 'Tipo',
    'cli.csv.monthly': 'Mensual (USD)',
    'cli.csv.annual': 'Anual (USD)',
    'cli.csv.availability': 'Disponibilidad (%)',
    'cli.csv.nines': 'Nueves',
    'cli.csv.diff.figure': 'Cifra',
    'cli.csv.diff.old': 'Anterior',
    'cli.csv.diff.new': 'Nuevo',
    'cli.csv.diff.difference': 'Diferencia',
    'cli.usage.seeHelp': 'Ejecuta "nubecalc --help" para ver los comandos y las opciones.',
    'cli.usage.noCommand': 'falta el comando: usa "evaluate" o "diff".',
    'cli.usage.unknownCommand': 'comando desconocido "{command}": usa "evaluate" o "diff".',
    'cli.usage.unknownOption': 'opción desconocida "{option}".',
    'cli.usage.missingValue': 'la opción {option} necesita un valor.',
    'cli.usage.flagValue': 'la opción {option} no lleva valor.',
    'cli.usage.repeated': 'la opción {option} aparece dos veces.',
    'cli.usage.badLang': 'idioma desconocido "{value}": usa en o es.',
    'cli.usage.badFormat': 'formato desconocido "{value}": usa uno de {allowed}.',
    'cli.usage.noFiles': 'evaluate necesita al menos un archivo, "-" (entrada estándar) o enlace para compartir.',
    'cli.usage.stdinTwice': 'la entrada estándar ("-") solo se puede leer una vez.',
    'cli.usage.increaseNeedsDiff': '--max-increase compara dos escenarios: úsalo con "nubecalc diff ANTERIOR NUEVO".',
    'cli.usage.diffArgs': 'diff necesita exactamente dos escenarios, ANTERIOR y NUEVO (se recibieron {count}).',
    'ws.problem.not_share_link': 'No es un enlace para compartir de nubecalc (la dirección no tiene la parte #share=).',
    'ws.problem.unreadable': 'No se pudo leer ({reason}).',
    'ws.problem.diff_one_scenario': 'diff necesita un escenario en cada archivo; este tiene {count}.',
  },
);
