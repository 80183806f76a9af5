/**
 * Which message files the page downloads when, one language at a time. `shell`: first paint (and
 * the share/import dialogs); `workbench`: with the calculators, after first paint. Each file holds
 * a concept's messages in both languages side by side (defineMessages: the type checker keeps them
 * twins); the build (build-plugin.ts) serves each part per language, so a Spanish page downloads the
 * Spanish messages only, plus the few names both languages need (see NAME_KEY).
 * Tests and the command line load every file at once (all.ts).
 */
export const MESSAGE_PARTS = {
  shell: ['errors', 'common', 'app', 'presets', 'compare-shell', 'workspace', 'workspace-tools'],
  workbench: ['codebuild', 'quicksight', 'ec2', 'compare', 'availability', 'pipeline', 'priced', 'availability-tree'],
} as const;

export type MessagePart = keyof typeof MESSAGE_PARTS;

/**
 * Messages whose text the app gives as a name (examples, "Scenario 1", a new component's
 * "Readers"): a language switch renames them (app-names.ts), so both languages' are always loaded.
 */
export function isNameKey(key: string): boolean {
  return key === 'ws.newName' || key.startsWith('presetText.') || /^preset\.[\w-]+\.name$/.test(key) || key.startsWith('kind.') || key.startsWith('factory.');
}
