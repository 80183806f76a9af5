/**
 * The `nubecalc` command: parse the arguments, read the scenarios, evaluate them with the engine
 * and the default catalogs (or `--prices` over them), print the chosen format on stdout, and say
 * on stderr what stopped it. Exit codes: 0 within every guard, 1 when a guard fails, 2 for
 * invalid input or arguments. Nothing is ever printed as a stack trace.
 */
import { EngineError, evaluateScenario, type ScenarioCatalogs, type ScenarioResult } from '../engine/index.ts';
import { appCatalogs } from '../lib/state/catalogs.ts';
import { LIMITS, type Problem } from '../lib/state/schema.ts';
import { describeProblem } from '../lib/components/workspace/problems.ts';
import { version } from '../../package.json';
import { parseArgs, type Options } from './args.ts';
import { cliI18n, type CliI18n } from './i18n.ts';
import { processIo, type CliIo } from './io.ts';
import { labelOf, readSource, type Source } from './sources.ts';
import { parsePricesText, withPrices } from './prices.ts';
import { checkIncrease, checkScenario, parseLimits, type GuardCheck, type Limits } from './guards.ts';
import { clean, scenarioFigures } from './figures.ts';
import { renderEvaluate } from './render-evaluate.ts';
import { diffFigures } from './diff.ts';
import { renderDiff } from './render-diff.ts';
import { Progress } from './progress.ts';

export const EXIT_OK = 0;
export const EXIT_GUARD = 1;
export const EXIT_INVALID = 2;

/** The app's own catalogs (all of them: QuickSight, CodeBuild, EC2, SLAs, developer tools, services). */
const DEFAULT_CATALOGS: ScenarioCatalogs = appCatalogs;

/** What stops a run with exit code 2: where, and the problems (schema) or the engine's error. */
interface Invalid {
  readonly where: string;
  readonly problems?: readonly Problem[];
  readonly error?: EngineError;
}

class Stop {
  constructor(readonly invalid: readonly Invalid[]) {}
}

function printInvalid(io: CliIo, i18n: CliI18n, list: readonly Invalid[]): number {
  for (const x of list) {
    const items = x.error ? [{ code: x.error.code, path: x.error.path, message: i18n.error(x.error) }] : (x.problems ?? []).map((p) => ({ code: p.code, path: p.path, message: describeProblem({ ...p, path: '' }, i18n.t) }));
    for (const it of items) {
      const at = it.path ? i18n.t('cli.invalid.at', { path: clean(it.path) }) : '';
      io.err(`${i18n.t('cli.invalid', { where: x.where, code: it.code, at, message: clean(it.message) })}\n`);
    }
  }
  return EXIT_INVALID;
}

async function loadCatalogs(io: CliIo, options: Options): Promise<ScenarioCatalogs> {
  if (options.prices === null) return DEFAULT_CATALOGS;
  const where = labelOf(options.prices);
  const read = await io.readFile(options.prices, LIMITS.fileChars);
  if (!read.ok) throw new Stop([{ where, problems: [read.reason === 'too_large' ? { code: 'too_large', path: '', params: { max: String(LIMITS.fileChars) } } : { code: 'unreadable', path: '', params: { reason: read.reason } }] }]);
  const parsed = parsePricesText(read.text);
  if (parsed.ok) return withPrices(DEFAULT_CATALOGS, parsed.value);
  throw new Stop([{ where, ...('error' in parsed ? { error: parsed.error } : { problems: parsed.problems }) }]);
}

function limitsOf(options: Options): Limits {
  try {
    return parseLimits(options);
  } catch (e) {
    if (e instanceof EngineError) throw new Stop([{ where: e.path, error: e }]);
    throw e;
  }
}

interface Evaluated {
  readonly source: string;
  readonly result: ScenarioResult;
}

/** Read and evaluate every source; every invalid one is reported (not only the first). */
async function evaluateAll(io: CliIo, i18n: CliI18n, specs: readonly string[], catalogs: ScenarioCatalogs, progress: Progress): Promise<Evaluated[]> {
  const invalid: Invalid[] = [];
  const out: Evaluated[] = [];
  for (const [n, spec] of specs.entries()) {
    progress.update(n, specs.length);
    const read = await readSource(spec, io);
    if (!read.ok) {
      invalid.push({ where: read.label, problems: read.problems });
      continue;
    }
    const src: Source = read.value;
    src.docs.forEach((doc, i) => {
      const where = src.docs.length > 1 ? i18n.t('cli.invalid.scenario', { source: src.label, n: String(i + 1), name: clean(doc.name ?? '') }) : src.label;
      try {
        out.push({ source: src.label, result: evaluateScenario(doc, catalogs) });
      } catch (e) {
        if (e instanceof EngineError) invalid.push({ where, error: e });
        else throw e;
      }
    });
  }
  progress.done();
  if (invalid.length > 0) throw new Stop(invalid);
  return out;
}

function reportGuards(io: CliIo, i18n: CliI18n, guards: readonly GuardCheck[]): number {
  const failed = guards.filter((g) => !g.ok);
  for (const g of failed) io.err(`${i18n.t('cli.guard.failed', { guard: `--${g.guard}`, message: g.message })}\n`);
  return failed.length > 0 ? EXIT_GUARD : EXIT_OK;
}

/** Run the command with these arguments (without "node" and the script). Resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const i18n = cliI18n(parsed.lang);
    io.err(`nubecalc: ${i18n.t(parsed.error.code, parsed.error.params)}\n${i18n.t('cli.usage.seeHelp')}\n`);
    return EXIT_INVALID;
  }
  const command = parsed.command;
  if (command.kind === 'version') {
    io.out(`${version}\n`);
    return EXIT_OK;
  }
  if (command.kind === 'help') {
    io.out(`${cliI18n(command.lang).t('cli.help')}\n`);
    return EXIT_OK;
  }
  const { options } = command;
  const i18n = cliI18n(options.lang);
  try {
    const limits = limitsOf(options);
    const catalogs = await loadCatalogs(io, options);
    const prices = options.prices === null ? null : labelOf(options.prices);
    if (command.kind === 'evaluate') {
      const progress = new Progress(io, i18n, options.progress && io.errIsTTY);
      const evaluated = await evaluateAll(io, i18n, command.sources, catalogs, progress);
      const figures = evaluated.map((e) => scenarioFigures(e.source, e.result, i18n));
      const guards = evaluated.flatMap((e, i) => checkScenario(limits, figures[i]?.name ?? '', e.result, i18n));
      io.out(renderEvaluate(options.format, i18n, { figures, results: evaluated.map((e) => e.result), guards, explain: options.explain, prices }));
      return reportGuards(io, i18n, guards);
    }
    const off = new Progress(io, i18n, false);
    const [oldOnes, newOnes] = [await evaluateAll(io, i18n, [command.old], catalogs, off), await evaluateAll(io, i18n, [command.new], catalogs, off)];
    const invalid: Invalid[] = [];
    for (const [list, spec] of [[oldOnes, command.old], [newOnes, command.new]] as const) {
      if (list.length !== 1) invalid.push({ where: labelOf(spec), problems: [{ code: 'diff_one_scenario', path: '', params: { count: String(list.length) } }] });
    }
    if (invalid.length > 0) throw new Stop(invalid);
    const before = oldOnes[0] as Evaluated;
    const after = newOnes[0] as Evaluated;
    const diff = diffFigures(i18n, before, after);
    const guards = [...checkScenario(limits, diff.newName, after.result, i18n), ...checkIncrease(limits, diff.newName, before.result, after.result, i18n)];
    io.out(renderDiff(options.format, i18n, { diff, guards, prices }));
    return reportGuards(io, i18n, guards);
  } catch (e) {
    if (e instanceof Stop) return printInvalid(io, i18n, e.invalid);
    const message = e instanceof Error && typeof e.message === 'string' ? e.message : '';
    io.err(`${i18n.t('cli.internal', { message: clean(message).slice(0, 300) })}\n`);
    return EXIT_INVALID;
  }
}

/** The process entry point (bin/nubecalc.js). */
export async function main(): Promise<void> {
  // A reader that stops early (`nubecalc ... | head -1`) closes the pipe: end quietly, no stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  });
  try {
    process.exitCode = await run(process.argv.slice(2), processIo());
  } catch {
    process.stderr.write('nubecalc: unexpected error.\n');
    process.exitCode = EXIT_INVALID;
  }
}
