/** Recognising a share link without loading the share module (which brings the decompressor). */
export const SHARE_PREFIX = '#share=';

export function isShareHash(hash: string): boolean {
  return typeof hash === 'string' && hash.startsWith(SHARE_PREFIX);
}
