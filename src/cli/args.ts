/**
 * The command line's arguments: `nubecalc evaluate FILE...`, `nubecalc diff OLD NEW`, their
 * options, `--help` and `--version`. Pure: returns what to do, or a usage error (message key and
 * params) that the caller prints with exit code 2.
 */
import type { Lang } from './i18n.ts';

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'markdown'];

export interface Options {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly explain: boolean;
  /** `--prices FILE`: catalog overrides. */
  readonly prices: string | null;
  /** Guards, as typed (checked as decimals by the guards module). */
  readonly maxMonthly: string | null;
  readonly minAvailability: string | null;
  readonly maxIncrease: string | null;
  /** `--no-progress`: never show the progress indicator. */
  readonly progress: boolean;
}

export type Command =
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version' }
  | { readonly kind: 'evaluate'; readonly sources: readonly string[]; readonly options: Options }
  | { readonly kind: 'diff'; readonly old: string; readonly new: string; readonly options: Options };

/** A usage error: the message key (cli.usage.*) and its params. */
export interface UsageError {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
}

export type Parsed = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: UsageError; readonly lang: Lang };

const VALUE_OPTIONS = new Set(['--format', '--lang', '--prices', '--max-monthly', '--min-availability', '--max-increase']);
const FLAGS = new Set(['--explain', '--no-progress', '--help', '-h', '--version', '-v']);

/** An argument quoted back in a message: at most 60 characters, control characters removed. */
export function shown(arg: string): string {
  return arg.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 60);
}

export function parseArgs(argv: readonly string[]): Parsed {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  let lang: Lang = 'en';
  const fail = (code: string, params: Record<string, string> = {}): Parsed => ({ ok: false, error: { code, params }, lang });

  // The language first, so every usage error is in the language asked for.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'es') lang = v;
  }

  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (onlyPositional || a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (FLAGS.has(name)) {
      if (name !== a) return fail('cli.usage.flagValue', { option: shown(name) });
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return fail('cli.usage.unknownOption', { option: shown(a) });
    let value: string | undefined;
    if (name !== a) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value !== '--')) return fail('cli.usage.missingValue', { option: name });
      i++;
    }
    if (values.has(name)) return fail('cli.usage.repeated', { option: name });
    values.set(name, value);
  }

  if (flags.has('--help') || flags.has('-h')) return { ok: true, command: { kind: 'help', lang } };
  if (flags.has('--version') || flags.has('-v')) return { ok: true, command: { kind: 'version' } };

  const langValue = values.get('--lang');
  if (langValue !== undefined && langValue !== 'en' && langValue !== 'es') return fail('cli.usage.badLang', { value: shown(langValue) });
  const formatValue = values.get('--format') ?? 'table';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(formatValue)) return fail('cli.usage.badFormat', { value: shown(formatValue), allowed: OUTPUT_FORMATS.join(', ') });

  const options: Options = {
    format: formatValue as OutputFormat,
    lang,
    explain: flags.has('--explain'),
    prices: values.get('--prices') ?? null,
    maxMonthly: values.get('--max-monthly') ?? null,
    minAvailability: values.get('--min-availability') ?? null,
    maxIncrease: values.get('--max-increase') ?? null,
    progress: !flags.has('--no-progress'),
  };

  const [command, ...rest] = positional;
  if (command === undefined) return fail('cli.usage.noCommand');
  if (command === 'help') return { ok: true, command: { kind: 'help', lang } };
  if (command === 'evaluate') {
    if (rest.length === 0) return fail('cli.usage.noFiles');
    if (rest.filter((s) => s === '-').length > 1) return fail('cli.usage.stdinTwice');
    if (options.maxIncrease !== null) return fail('cli.usage.increaseNeedsDiff');
    return { ok: true, command: { kind: 'evaluate', sources: rest, options } };
  }
  if (command === 'diff') {
    const [oldSource, newSource, ...extra] = rest;
    if (oldSource === undefined || newSource === undefined || extra.length > 0) return fail('cli.usage.diffArgs', { count: String(rest.length) });
    if (oldSource === '-' && newSource === '-') return fail('cli.usage.stdinTwice');
    return { ok: true, command: { kind: 'diff', old: oldSource, new: newSource, options } };
  }
  return fail('cli.usage.unknownCommand', { command: shown(command) });
}
