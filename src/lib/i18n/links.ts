/** Splits a text at its web addresses, so a price or SLA source can be shown with working links. */
export interface TextPart {
  readonly text: string;
  /** Set when this part is an http(s) address. */
  readonly href?: string;
}

const URL_RE = /https?:\/\/[^\s<>"')]+[^\s<>"').,;:]/g;

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_RE)) {
    const start = m.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: m[0], href: m[0] });
    at = start + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
