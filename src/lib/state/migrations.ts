/**
 * Versions of what nubecalc keeps in the browser's storage, and the steps between them.
 *
 * - Version 1 (the first builds): only the page language, as the bare string under the key
 *   `nubecalc.lang`; no workspace. {@link legacyEnvelope} turns that into a version-1 envelope
 *   so it migrates like any other version.
 * - Version 2: the whole workspace under `nubecalc.workspace`, in an envelope
 *   `{ format, version, rev, tab, savedAt, data: { lang, activeId, compareIds, scenarios } }`
 *   (`rev` and `tab` let two open tabs notice each other's writes).
 *
 * To change the stored format: bump {@link STORAGE_VERSION}, add ONE step to {@link MIGRATIONS}
 * taking the previous version's envelope to the new one, and add its test
 * (test/lib/workspace/migrations.test.ts checks that every version up to the current one has a
 * step and that every step's output is read by the next). Steps get data that passed the JSON
 * shape checks but not any schema: they must not assume types, and must not throw for odd values
 * (the result is validated against the current schema afterwards).
 */

import { quote } from '../../engine/index.ts';

export const STORAGE_FORMAT = 'nubecalc-workspace';
/** The version this build writes. */
export const STORAGE_VERSION = 2;
/** The key the first builds used for the language. */
export const LEGACY_LANG_KEY = 'nubecalc.lang';

export interface Migration {
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly migrate: (old: Record<string, unknown>) => Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The version-1 envelope for what the first builds stored (the language string, or nothing). */
export function legacyEnvelope(lang: string | null): Record<string, unknown> {
  return { format: STORAGE_FORMAT, version: 1, lang };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'The language alone becomes a workspace with no scenarios (a fresh one is created) and that language.',
    migrate: (old) => {
      const lang = old.lang === 'en' || old.lang === 'es' ? old.lang : undefined;
      return {
        format: STORAGE_FORMAT,
        version: 2,
        rev: 0,
        tab: '',
        data: { ...(lang ? { lang } : {}), activeId: '', compareIds: [], scenarios: [] },
      };
    },
  },
];

export type MigrationOutcome =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; code: 'version_newer' | 'version' | 'version_type' | 'format' | 'not_object'; version: string };

/** Bring a stored envelope of any known version to {@link STORAGE_VERSION}. Never throws. */
export function migrateEnvelope(raw: unknown, steps: readonly Migration[] = MIGRATIONS, current = STORAGE_VERSION): MigrationOutcome {
  if (!isRecord(raw)) return { ok: false, code: 'not_object', version: '' };
  if (raw.format !== STORAGE_FORMAT) return { ok: false, code: 'format', version: '' };
  const from = raw.version;
  // Not a number or text (e.g. the object {"toString":0}): named by its type, never converted.
  if (typeof from !== 'number' && typeof from !== 'string') return { ok: false, code: 'version_type', version: '' };
  if (typeof from !== 'number' || !Number.isSafeInteger(from) || from < 1) return { ok: false, code: 'version', version: quote(from, 20) };
  if (from > current) return { ok: false, code: 'version_newer', version: String(from) };
  let env: Record<string, unknown> = raw;
  let version = from;
  while (version < current) {
    const step = steps.find((s) => s.from === version);
    if (!step) return { ok: false, code: 'version', version: String(version) };
    try {
      env = step.migrate(env);
    } catch {
      return { ok: false, code: 'version', version: String(version) };
    }
    version = step.to;
  }
  return { ok: true, value: env, from };
}
