/// <reference types="svelte" />
/// <reference types="vite/client" />

/** A part of the page's messages in one language (src/lib/i18n/messages/build-plugin.ts). */
declare module 'virtual:nubecalc-messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
/** Both languages' name messages (see isNameKey in src/lib/i18n/messages/parts.ts). */
declare module 'virtual:nubecalc-messages/names' {
  const names: { readonly en: Readonly<Record<string, string>>; readonly es: Readonly<Record<string, string>> };
  export default names;
}
