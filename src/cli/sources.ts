/**
 * Where scenarios come from on the command line: a file, standard input (`-`), or one of the
 * app's share links (`https://.../#share=...`), decoded here with no network access. Every text
 * goes through the app's own checks (size, JSON shape, schema) before the engine sees it.
 */
import { LIMITS, parseScenarioPayload, type Problem, type ScenarioData } from '../lib/state/schema.ts';
import { readShareHash } from '../lib/state/share-read.ts';
import type { CliIo } from './io.ts';
import { shown } from './args.ts';

/** The scenarios one source holds. */
export interface Source {
  /** What the user typed, shortened for messages ("-" is standard input). */
  readonly label: string;
  readonly docs: readonly ScenarioData[];
}

export type SourceOutcome = { readonly ok: true; readonly value: Source } | { readonly ok: false; readonly label: string; readonly problems: readonly Problem[] };

/** True when the argument is a share link rather than a file name. */
export function isLink(spec: string): boolean {
  return /^https?:\/\//i.test(spec) || spec.startsWith('#share=');
}

/** A short label for messages: a link shows its address without the (long) fragment. */
export function labelOf(spec: string): string {
  if (spec === '-') return '-';
  if (isLink(spec)) {
    const hash = spec.indexOf('#');
    return shown(hash >= 0 ? `${spec.slice(0, hash)}#share=…` : spec);
  }
  return shown(spec);
}

export async function readSource(spec: string, io: CliIo): Promise<SourceOutcome> {
  const label = labelOf(spec);
  if (isLink(spec)) {
    const hash = spec.indexOf('#');
    const parsed = hash >= 0 ? readShareHash(spec.slice(hash)) : null;
    if (parsed === null) return { ok: false, label, problems: [{ code: 'not_share_link', path: '', params: {} }] };
    return parsed.ok ? { ok: true, value: { label, docs: parsed.value } } : { ok: false, label, problems: parsed.problems };
  }
  const read = spec === '-' ? await io.readStdin(LIMITS.fileChars) : await io.readFile(spec, LIMITS.fileChars);
  if (!read.ok) {
    const problem: Problem = read.reason === 'too_large' ? { code: 'too_large', path: '', params: { max: String(LIMITS.fileChars) } } : { code: 'unreadable', path: '', params: { reason: read.reason } };
    return { ok: false, label, problems: [problem] };
  }
  const parsed = parseScenarioPayload(read.text, LIMITS.fileChars);
  return parsed.ok ? { ok: true, value: { label, docs: parsed.value } } : { ok: false, label, problems: parsed.problems };
}
