/**
 * Whether the page is phone-narrow, as a reactive value. Where the browser has no matchMedia
 * (jsdom in the component tests) the page counts as wide.
 */
import { MediaQuery } from 'svelte/reactivity';

let narrow: { readonly current: boolean } | null = null;

/** True below 40rem (640 px at the default font size): per-day columns, cards instead of wide tables. */
export function phoneNarrow(): { readonly current: boolean } {
  narrow ??= typeof globalThis.matchMedia === 'function' ? new MediaQuery('max-width: 40rem') : { current: false };
  return narrow;
}
