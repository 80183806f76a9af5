/**
 * Share by link: the chosen scenarios, as the JSON export wrapper, compressed with lz-string into
 * the URL fragment (`#share=...`). The fragment never leaves the browser (it is not sent to any
 * server). Opening a link only READS it here: what it holds is shown and added as new scenarios
 * only when the person accepts (see the incoming dialog); local work is never overwritten.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { LIMITS, parseScenarioPayload, type Parsed, type ScenarioData } from './schema.ts';
import { decompressBounded } from './share-lz.ts';
import { bundleJson } from './export-json.ts';

export { SHARE_PREFIX, isShareHash } from './share-hash.ts';
import { SHARE_PREFIX, isShareHash } from './share-hash.ts';
/** Links longer than this may not open everywhere (some browsers, chat apps and mail clients cut them). */
export const LINK_WARN_LENGTH = 8000;
/** Longest fragment read at all (a link this long is refused before decompressing). */
export const MAX_FRAGMENT_CHARS = 200_000;

/** The fragment (without '#') carrying these scenarios. */
export function shareFragment(docs: readonly ScenarioData[]): string {
  return `share=${compressToEncodedURIComponent(bundleJson(docs, false))}`;
}

/** A full link: the page's address without its fragment, plus the share fragment. */
export function shareLink(pageUrl: string, docs: readonly ScenarioData[]): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${shareFragment(docs)}`;
}

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
