/**
 * What the command line needs from its surroundings, behind one interface so tests drive the
 * commands without a process: output streams, standard input, files, whether stderr is a terminal.
 */
import { open } from 'node:fs/promises';

export interface CliIo {
  /** Results (stdout). */
  readonly out: (text: string) => void;
  /** Messages, guard failures, errors and progress (stderr). */
  readonly err: (text: string) => void;
  /** Standard input, read to the end (at most `maxChars` characters, else a `too_large` failure). */
  readonly readStdin: (maxChars: number) => Promise<ReadOutcome>;
  /** A file's text (at most `maxChars` characters, else a `too_large` failure). */
  readonly readFile: (path: string, maxChars: number) => Promise<ReadOutcome>;
  /** True when stderr is a terminal (the progress indicator is shown only then). */
  readonly errIsTTY: boolean;
}

export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** A system error's code ("ENOENT"), or "unreadable". */
function reasonOf(e: unknown): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'unreadable';
}

/** UTF-8 text without a leading byte-order mark. */
function decode(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Read a file, refusing one larger than `maxChars` x 4 bytes before reading it. */
export async function readFileBounded(path: string, maxChars: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'EISDIR' };
    if (info.size > maxChars * 4) return { ok: false, reason: 'too_large' };
    const text = decode(await handle.readFile());
    return text.length > maxChars ? { ok: false, reason: 'too_large' } : { ok: true, text };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  } finally {
    await handle?.close();
  }
}

/** Read a stream to its end, stopping once it passes `maxChars` x 4 bytes. */
export async function readStreamBounded(stream: AsyncIterable<unknown>, maxChars: number): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(typeof chunk === 'string' ? chunk : '');
      bytes += b.length;
      if (bytes > maxChars * 4) return { ok: false, reason: 'too_large' };
      chunks.push(b);
    }
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
  const text = decode(Buffer.concat(chunks));
  return text.length > maxChars ? { ok: false, reason: 'too_large' } : { ok: true, text };
}

/** The real process's streams and files. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin: (maxChars) => readStreamBounded(process.stdin, maxChars),
    readFile: readFileBounded,
    errIsTTY: process.stderr.isTTY === true,
  };
}
