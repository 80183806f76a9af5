/**
 * The message bundles needed for first paint (the shell). The calculators' bundles load with the
 * workbench: add those to lazy.ts instead.
 */
import type { Bundle } from '../define.ts';
import { errors } from './errors.ts';
import { common } from './common.ts';
import { app } from './app.ts';
import { presets } from './presets.ts';
import { compareShell } from './compare-shell.ts';
import { workspace } from './workspace.ts';

const bundles: readonly Bundle[] = [errors, common, app, presets, compareShell, workspace];

export const messages = {
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
  es: Object.assign({}, ...bundles.map((b) => b.es)) as Record<string, string>,
};

/** Add bundles loaded after first paint (the calculators': see lazy.ts). */
export function registerBundles(more: readonly Bundle[]): void {
  for (const b of more) {
    Object.assign(messages.en, b.en);
    Object.assign(messages.es, b.es);
  }
}
