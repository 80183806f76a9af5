/**
 * Reading a share link's fragment (`#share=...`): bounded decompression, then the same checks as
 * an imported file. Pure (no Svelte), so the command line (src/cli) reads links with it too.
 */
import { LIMITS, parseScenarioPayload, type Parsed, type ScenarioData } from './schema.ts';
import { decompressBounded } from './share-lz.ts';
import { SHARE_PREFIX, isShareHash } from './share-hash.ts';

/** Longest fragment read at all (a link this long is refused before decompressing). */
export const MAX_FRAGMENT_CHARS = 200_000;

/**
 * Read a `#share=` hash: the scenarios it holds, or the problems that stop it. Never throws and
 * changes nothing. Returns null when the hash is not a share link.
 */
export function readShareHash(hash: string): Parsed<ScenarioData[]> | null {
  if (!isShareHash(hash)) return null;
  const payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length > MAX_FRAGMENT_CHARS) return { ok: false, problems: [{ code: 'link_too_long', path: '', params: { max: String(MAX_FRAGMENT_CHARS) } }] };
  if (payload === '') return { ok: false, problems: [{ code: 'link_empty', path: '', params: {} }] };
  const out = decompressBounded(payload, LIMITS.linkJsonChars);
  if (!out.ok || out.text === '') {
    const code = out.ok ? 'link_garbled' : out.reason === 'too_large' ? 'too_large' : 'link_garbled';
    return { ok: false, problems: [{ code, path: '', params: { max: String(LIMITS.linkJsonChars) } }] };
  }
  return parseScenarioPayload(out.text, LIMITS.linkJsonChars);
}
