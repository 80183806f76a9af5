/**
 * Keeping the workspace in the browser's storage.
 *
 * - Every change is saved as it happens (the app calls {@link Persistence.save} from an effect).
 * - On load, stored data of any older storage version is migrated (src/lib/state/migrations.ts),
 *   then validated (src/lib/state/schema.ts). Data that cannot be read never stops the page: its
 *   raw text is copied to a `nubecalc.unreadable.<time>` key, offered for download, and the app
 *   starts clean (keeping every scenario that could still be read).
 * - Two open tabs: every save carries a revision counter and the tab's id. Before writing, the
 *   stored text is compared with the last one this tab saw; a difference (or a `storage` event)
 *   means another tab saved. Saving then pauses until the person chooses: load the other tab's
 *   version, or keep this one (which then overwrites).
 */
import * as v from 'valibot';
import { LEGACY_LANG_KEY, STORAGE_FORMAT, STORAGE_VERSION, legacyEnvelope, migrateEnvelope } from './migrations.ts';
import { LIMITS, StoredFields, parseJsonText, toProblems, validateScenario, type Problem } from './schema.ts';
import { emptyScenario, newId, type ScenarioDoc } from './scenario.svelte.ts';
import { messages } from '../i18n/messages/index.ts';
import { interpolate } from '../i18n/define.ts';
import { Workspace } from './workspace.svelte.ts';
import type { Lang } from '../i18n/number-input.ts';

export const WORKSPACE_KEY = 'nubecalc.workspace';
export const BACKUP_PREFIX = 'nubecalc.unreadable.';
/** Backups kept (the oldest beyond this are removed when a new one is made). */
export const MAX_BACKUPS = 3;
/** Characters of stored JSON read at most (browsers allow about 5 million). */
export const MAX_STORED_CHARS = 6_000_000;

/** The part of Web Storage used here (a Map-backed fake in the tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** Everything that is saved: scenarios, the one being edited, the comparison, the language. */
export interface WorkspaceData {
  lang?: Lang;
  activeId: string;
  compareIds: string[];
  scenarios: ScenarioDoc[];
}

/** Stored data that could not be read (all of it, or some scenarios). */
export interface Unreadable {
  /** The stored text as found. */
  readonly raw: string;
  readonly problems: readonly Problem[];
  /** How many scenarios were kept (0 when nothing could be read). */
  readonly kept: number;
  /** How many stored scenarios were dropped. */
  readonly dropped: number;
  /** Where the raw text was copied (null if storage refused the copy: download it now). */
  readonly backupKey: string | null;
}

/** Another tab saved. `data` is null when its data cannot be read by this version. */
export interface Conflict {
  readonly raw: string;
  readonly data: WorkspaceData | null;
  readonly rev: number;
  readonly savedAt: string;
  readonly names: readonly string[];
}

export interface Decoded {
  /** The workspace to start from (null: start fresh). */
  readonly data: WorkspaceData | null;
  readonly rev: number;
  readonly savedAt: string;
  /** Set when some or all stored data could not be read. */
  readonly unreadable: Omit<Unreadable, 'backupKey'> | null;
  /** The storage version the data was migrated from (null when current or nothing stored). */
  readonly migratedFrom: number | null;
}

const EMPTY: Decoded = { data: null, rev: 0, savedAt: '', unreadable: null, migratedFrom: null };

function unreadable(raw: string, problems: Problem[]): Decoded {
  return { ...EMPTY, unreadable: { raw, problems, kept: 0, dropped: 0 } };
}

/**
 * Read stored text (or, when there is none, what the first builds stored: the language). Pure;
 * never throws. Scenarios that fail their schema are dropped one by one and reported.
 */
export function decodeStored(raw: string | null, legacyLang: string | null = null): Decoded {
  let env: unknown;
  if (raw === null) {
    if (legacyLang === null) return EMPTY;
    env = legacyEnvelope(legacyLang);
  } else {
    const json = parseJsonText(raw, MAX_STORED_CHARS);
    if (!json.ok) return unreadable(raw, json.problems);
    env = json.value;
  }
  const migrated = migrateEnvelope(env);
  if (!migrated.ok) {
    if (migrated.code === 'version_type') return unreadable(raw ?? '', [{ code: 'type', path: 'version', params: { expected: 'number' } }]);
    const code = migrated.code === 'not_object' ? 'not_workspace' : migrated.code === 'format' ? 'not_workspace' : migrated.code;
    return unreadable(raw ?? '', [{ code, path: 'version', params: { value: migrated.version, supported: String(STORAGE_VERSION) } }]);
  }
  const stored = migrated.value;
  const dataIn = stored.data;
  if (!isRecord(dataIn)) return unreadable(raw ?? '', [{ code: 'type', path: 'data', params: { expected: 'object' } }]);
  const list = dataIn.scenarios;
  if (!Array.isArray(list)) return unreadable(raw ?? '', [{ code: 'type', path: 'data.scenarios', params: { expected: 'list' } }]);

  // Every other field is checked on its own: a bad one is reset to its default and reported, and
  // the scenarios are kept (the raw text is backed up before anything is written over it).
  const problems: Problem[] = [];
  const field = <T>(schema: v.GenericSchema<unknown, T>, value: unknown, path: string, fallback: T): T => {
    const r = v.safeParse(schema, value);
    if (r.success) return r.output;
    problems.push(...toProblems(r.issues, path, 1));
    return fallback;
  };
  const E = StoredFields.envelope;
  const D = StoredFields.data;
  for (const k of Object.keys(stored)) if (!Object.prototype.hasOwnProperty.call(E, k)) problems.push({ code: 'unknown_key', path: k, params: { key: k.slice(0, 100) } });
  for (const k of Object.keys(dataIn)) if (!Object.prototype.hasOwnProperty.call(D, k)) problems.push({ code: 'unknown_key', path: `data.${k.slice(0, 100)}`, params: { key: k.slice(0, 100) } });
  const rev = field(E.rev, stored.rev, 'rev', 0);
  field(E.tab, stored.tab, 'tab', '');
  const savedAt = field(E.savedAt, stored.savedAt, 'savedAt', undefined);
  const lang = field(D.lang, dataIn.lang, 'data.lang', undefined);
  const storedActive = field(D.activeId, dataIn.activeId, 'data.activeId', '');
  let storedCompare: string[] = [];
  if (Array.isArray(dataIn.compareIds)) {
    dataIn.compareIds.slice(0, LIMITS.storedScenarios).forEach((id: unknown, i: number) => {
      const r = v.safeParse(StoredFields.compareId, id);
      if (r.success) storedCompare.push(r.output);
      else if (problems.length < 20) problems.push(...toProblems(r.issues, `data.compareIds.${i}`, 1));
    });
  } else {
    storedCompare = field(D.compareIds, dataIn.compareIds, 'data.compareIds', []);
  }
  const metadataProblems = problems.length;

  const scenarios: ScenarioDoc[] = [];
  const ids = new Set<string>();
  list.forEach((s: unknown, i: number) => {
    if (i >= LIMITS.storedScenarios) {
      if (i === LIMITS.storedScenarios) problems.push({ code: 'too_many', path: 'data.scenarios', params: { max: String(LIMITS.storedScenarios) } });
      return;
    }
    const r = validateScenario(s, `data.scenarios.${i}`, true);
    if (!r.ok) {
      problems.push(...r.problems.slice(0, 3));
      return;
    }
    const doc = r.value as ScenarioDoc;
    // A repeated scenario id would break the lists keyed by it: give the copy a new one.
    if (ids.has(doc.id)) doc.id = newId('s');
    ids.add(doc.id);
    scenarios.push(doc);
  });
  const dropped = list.length - scenarios.length;
  const activeId = scenarios.some((s) => s.id === storedActive) ? storedActive : (scenarios[0]?.id ?? '');
  const compareIds = [...new Set(storedCompare)].filter((id) => ids.has(id));
  return {
    data: { ...(lang ? { lang } : {}), activeId, compareIds, scenarios },
    rev,
    savedAt: savedAt ?? '',
    unreadable: dropped > 0 || metadataProblems > 0 ? { raw: raw ?? '', problems, kept: scenarios.length, dropped } : null,
    migratedFrom: migrated.from === STORAGE_VERSION ? null : migrated.from,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data to save for a workspace (plain JSON). */
export function collectData(ws: Workspace, lang: Lang): WorkspaceData {
  return { lang, activeId: ws.activeId, compareIds: [...ws.compareIds], scenarios: ws.snapshot() };
}

/** Replace everything a workspace holds (loading another tab's version). Undo histories restart. */
export function applyData(ws: Workspace, data: WorkspaceData): void {
  const fresh = new Workspace(structuredClone(data.scenarios), data.activeId);
  ws.scenarios = fresh.scenarios;
  ws.activeId = fresh.activeId;
  ws.compareIds = data.compareIds.filter((id) => fresh.find(id));
  ws.lastRemoved = null;
}

/** The browser's localStorage, or null when the browser blocks it. */
export function browserStorage(): StorageLike | null {
  try {
    const s = globalThis.localStorage;
    s.getItem(WORKSPACE_KEY);
    return s;
  } catch {
    return null;
  }
}

/** `held`: unreadable data whose backup copy failed is still in storage, waiting for the person. */
export type SaveOutcome = 'saved' | 'unchanged' | 'paused' | 'held' | 'failed' | 'unavailable';

export class Persistence {
  /** Set when stored data could not be read (shown as a banner until dismissed). */
  unreadable = $state.raw<Unreadable | null>(null);
  /** Set when another tab saved: saving pauses until the person chooses. */
  conflict = $state.raw<Conflict | null>(null);
  /** Why the last save failed (null when it worked). */
  saveError = $state<'quota' | 'blocked' | null>(null);
  /** Scenarios whose content would not be read back after a reload (shown as a warning). */
  unsavable = $state.raw<{ name: string; problems: readonly Problem[] } | null>(null);
  /**
   * True while unreadable stored data that could not be backed up is still the stored value:
   * nothing is written over it until the person downloads it or dismisses the notice.
   */
  holding = $state(false);
  /** Backups of unreadable data kept in storage (refreshed on demand). */
  backups = $state.raw<{ key: string; chars: number }[]>([]);
  readonly tabId: string;
  readonly #storage: StorageLike | null;
  #rev = 0;
  #lastSeen: string | null = null;
  #lastData = '';
  #legacyPresent = false;
  /** Scenario JSON already checked by #checkSavable, by id (only changed scenarios are checked again). */
  #checked = new Map<string, { json: string; problems: readonly Problem[] | null }>();

  constructor(storage: StorageLike | null, tabId = newId('t')) {
    this.#storage = storage;
    this.tabId = tabId;
  }

  get available(): boolean {
    return this.#storage !== null;
  }

  /** Read, migrate and validate what is stored; back up anything unreadable. */
  boot(): Decoded {
    const s = this.#storage;
    if (!s) return EMPTY;
    let raw: string | null = null;
    let legacy: string | null = null;
    try {
      raw = s.getItem(WORKSPACE_KEY);
      legacy = s.getItem(LEGACY_LANG_KEY);
    } catch {
      this.saveError = 'blocked';
      return EMPTY;
    }
    this.#legacyPresent = legacy !== null;
    const decoded = decodeStored(raw, legacy);
    if (decoded.unreadable) this.#setUnreadable(decoded.unreadable);
    this.#rev = decoded.rev;
    this.#lastSeen = raw;
    this.refreshBackups();
    return decoded;
  }

  /** Save the workspace unless nothing changed or another tab's write is waiting for a choice. */
  save(data: WorkspaceData): SaveOutcome {
    const s = this.#storage;
    if (!s) return 'unavailable';
    if (this.conflict) return 'paused';
    if (this.holding) return 'held';
    const json = JSON.stringify(data);
    if (json === this.#lastData) return 'unchanged';
    this.#checkSavable(data);
    let current: string | null;
    try {
      current = s.getItem(WORKSPACE_KEY);
    } catch {
      this.saveError = 'blocked';
      return 'failed';
    }
    if (current !== null && current !== this.#lastSeen) {
      this.#foreign(current);
      return 'paused';
    }
    const head = JSON.stringify({ format: STORAGE_FORMAT, version: STORAGE_VERSION, rev: this.#rev + 1, tab: this.tabId, savedAt: new Date().toISOString() });
    const text = `${head.slice(0, -1)},"data":${json}}`;
    try {
      s.setItem(WORKSPACE_KEY, text);
    } catch {
      this.saveError = 'quota';
      return 'failed';
    }
    this.#rev += 1;
    this.#lastSeen = text;
    this.#lastData = json;
    this.saveError = null;
    if (this.#legacyPresent) {
      try {
        s.removeItem(LEGACY_LANG_KEY);
      } catch {
        /* harmless: it is only read when no workspace is stored */
      }
      this.#legacyPresent = false;
    }
    return 'saved';
  }

  /**
   * Count the workspace as loaded from storage as saved, so merely opening the app does not
   * write (which would alarm another open tab). Unreadable data is replaced at once instead.
   */
  markClean(data: WorkspaceData): void {
    if (this.#lastSeen !== null && this.unreadable === null) this.#lastData = JSON.stringify(data);
  }

  /** A `storage` event (another tab wrote). */
  onStorage(key: string | null, newValue: string | null): void {
    if (key !== WORKSPACE_KEY || newValue === null || newValue === this.#lastSeen) return;
    this.#foreign(newValue);
  }

  /** Load the other tab's version: returns its data (apply it), or null when it cannot be read. */
  takeTheirs(): WorkspaceData | null {
    const c = this.conflict;
    if (!c || !c.data) return null;
    this.#rev = c.rev;
    this.#lastSeen = c.raw;
    this.#lastData = JSON.stringify(c.data);
    this.conflict = null;
    return c.data;
  }

  /** Keep this tab's version: the next save overwrites the other tab's (kept as a backup if unreadable). */
  keepMine(): void {
    const c = this.conflict;
    if (!c) return;
    // Their unreadable data is backed up first; when the browser refuses the copy, it stays in
    // place (and is offered for download) until the person has it.
    if (!c.data) this.#setUnreadable(decodeStored(c.raw).unreadable ?? { raw: c.raw, problems: [], kept: 0, dropped: 0 });
    this.#rev = Math.max(this.#rev, c.rev);
    this.#lastSeen = c.raw;
    this.#lastData = '';
    this.conflict = null;
  }

  /** The person dismissed the notice: the stored data may now be written over. */
  dismissUnreadable(): void {
    this.unreadable = null;
    this.holding = false;
  }

  /** The person downloaded the unreadable data: saving may go on (the notice stays until dismissed). */
  releaseUnreadable(): void {
    this.holding = false;
  }

  #setUnreadable(u: Omit<Unreadable, 'backupKey'>): void {
    const backupKey = this.#backup(u.raw);
    this.unreadable = { ...u, backupKey };
    if (backupKey === null && u.raw !== '') this.holding = true;
  }

  refreshBackups(): void {
    const s = this.#storage;
    if (!s) return;
    try {
      const out: { key: string; chars: number }[] = [];
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k?.startsWith(BACKUP_PREFIX)) out.push({ key: k, chars: s.getItem(k)?.length ?? 0 });
      }
      this.backups = out.sort((a, b) => b.key.localeCompare(a.key));
    } catch {
      this.backups = [];
    }
  }

  readBackup(key: string): string | null {
    if (!key.startsWith(BACKUP_PREFIX)) return null;
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  deleteBackup(key: string): void {
    if (!key.startsWith(BACKUP_PREFIX)) return;
    try {
      this.#storage?.removeItem(key);
    } catch {
      /* nothing to do */
    }
    this.refreshBackups();
  }

  #foreign(raw: string): void {
    const d = decodeStored(raw);
    const data = d.data && !d.unreadable ? d.data : null;
    this.conflict = { raw, data, rev: d.rev, savedAt: d.savedAt, names: (data?.scenarios ?? []).map((s) => s.name ?? '') };
  }

  #backup(raw: string): string | null {
    const s = this.#storage;
    if (!s || raw === '') return null;
    const key = `${BACKUP_PREFIX}${new Date().toISOString()}`;
    try {
      s.setItem(key, raw);
      this.refreshBackups();
      for (const old of this.backups.slice(MAX_BACKUPS)) s.removeItem(old.key);
      this.refreshBackups();
      return key;
    } catch {
      return null;
    }
  }

  #checkSavable(data: WorkspaceData): void {
    const next = new Map<string, { json: string; problems: readonly Problem[] | null }>();
    let found: { name: string; problems: readonly Problem[] } | null = null;
    for (const doc of data.scenarios) {
      const json = JSON.stringify(doc);
      let entry = this.#checked.get(doc.id);
      if (!entry || entry.json !== json) {
        const r = validateScenario(JSON.parse(json) as unknown, '', true);
        entry = { json, problems: r.ok ? null : r.problems };
      }
      next.set(doc.id, entry);
      if (entry.problems && !found) found = { name: doc.name ?? '', problems: entry.problems };
    }
    this.#checked = next;
    if (found || this.unsavable) this.unsavable = found;
  }
}

/** The browser's preferred language among the app's. */
export function browserLang(): Lang {
  return globalThis.navigator?.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * Start the app's workspace from storage. `lang` is the stored language (null when none was
 * stored); a fresh workspace's first scenario is named in `fallbackLang`.
 */
export interface Boot {
  readonly workspace: Workspace;
  readonly persistence: Persistence;
  /** The stored language, null when none was stored. */
  readonly lang: Lang | null;
  readonly decoded: Decoded;
}

export function openWorkspace(storage: StorageLike | null = browserStorage(), fallbackLang: Lang = browserLang()): Boot {
  const persistence = new Persistence(storage);
  const decoded = persistence.boot();
  const data = decoded.data;
  const lang = data?.lang ?? fallbackLang;
  const docs = data && data.scenarios.length > 0 ? data.scenarios : [emptyScenario(interpolate(messages[lang]?.['ws.newName'] ?? 'Scenario {n}', { n: '1' }))];
  const workspace = new Workspace(docs, data?.activeId ?? '');
  if (data) workspace.compareIds = data.compareIds.filter((id) => workspace.find(id));
  return { workspace, persistence, lang: data?.lang ?? null, decoded };
}

