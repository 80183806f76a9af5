/**
 * Share by link: the chosen scenarios, as the JSON export wrapper, compressed with lz-string into
 * the URL fragment (`#share=...`). The fragment never leaves the browser (it is not sent to any
 * server). Opening a link only READS it here: what it holds is shown and added as new scenarios
 * only when the person accepts (see the incoming dialog); local work is never overwritten.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { ScenarioData } from './schema.ts';
import { bundleJson } from './export-json.ts';

export { SHARE_PREFIX, isShareHash } from './share-hash.ts';
export { readShareHash, MAX_FRAGMENT_CHARS } from './share-read.ts';
/** Links longer than this may not open everywhere (some browsers, chat apps and mail clients cut them). */
export const LINK_WARN_LENGTH = 8000;

/** The fragment (without '#') carrying these scenarios. */
export function shareFragment(docs: readonly ScenarioData[]): string {
  return `share=${compressToEncodedURIComponent(bundleJson(docs, false))}`;
}

/** A full link: the page's address without its fragment, plus the share fragment. */
export function shareLink(pageUrl: string, docs: readonly ScenarioData[]): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${shareFragment(docs)}`;
}
