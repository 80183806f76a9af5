/** A fake terminal for driving the CLI in-process: files by name, optional stdin, captured output. */
import type { CliIo } from '../../src/cli/io.ts';
import { run } from '../../src/cli/main.ts';

export interface Captured {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(argv: readonly string[], files: Record<string, string> = {}, opts: { stdin?: string; tty?: boolean } = {}): Promise<Captured> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readStdin: async () => (opts.stdin === undefined ? { ok: false, reason: 'EAGAIN' } : { ok: true, text: opts.stdin }),
    readFile: async (p) => (Object.prototype.hasOwnProperty.call(files, p) ? { ok: true, text: files[p] as string } : { ok: false, reason: 'ENOENT' }),
    errIsTTY: opts.tty === true,
  };
  const code = await run(argv, io);
  return { code, out, err };
}

/** A scenario document: CodeBuild 300 builds x 121 s on general1.small, and two 99.9% parts in series. */
export function ciScenario(name = 'Team CI', count = '300'): Record<string, unknown> {
  return {
    format: 'nubecalc-scenario',
    version: 1,
    name,
    settings: { convention: '365-day', codeBuildFreeTier: false },
    components: [{ id: 'ci', type: 'codebuild', name: 'CI', project: { groups: [{ computeType: 'general1.small', count, per: 'month', durationSeconds: '121' }] } }],
    architecture: {
      kind: 'series',
      id: 'root',
      children: [
        { kind: 'component', id: 'a', name: 'API', percent: '99.9' },
        { kind: 'component', id: 'b', name: 'DB', percent: '99.9' },
      ],
    },
  };
}

export const json = (v: unknown): string => JSON.stringify(v);
