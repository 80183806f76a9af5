/**
 * Names the app gives (an example's components and groups, "Scenario 1", a new component's
 * "Readers") follow the page language; names a person typed never change. A name is the app's
 * when it equals, letter for letter, one of these messages in the language it was given in.
 */
import { interpolate } from './define.ts';
import type { Lang } from './number-input.ts';
import { isNameKey } from './messages/parts.ts';

type Table = Readonly<Record<string, string>>;

/** The message keys whose text the app uses as a name. */
function nameKeys(table: Table): string[] {
  return Object.keys(table).filter(isNameKey);
}

/** A function that gives a name's twin in `to` when it is an app-given name in `from`, else undefined. */
export function appNameTranslator(messages: Readonly<Record<Lang, Table>>, from: Lang, to: Lang): (name: string) => string | undefined {
  const fixed = new Map<string, string>();
  for (const k of nameKeys(messages[from])) {
    const a = messages[from][k];
    const b = messages[to][k];
    if (a !== undefined && b !== undefined && !fixed.has(a)) fixed.set(a, b);
  }
  const numbered = messages[from]['ws.newName'];
  const numberedTo = messages[to]['ws.newName'];
  const re = numbered ? new RegExp(`^${numbered.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('\\{n\\}', '(\\d+)').replace('{n}', '(\\d+)')}$`) : null;
  return (name) => {
    const hit = fixed.get(name);
    if (hit !== undefined) return hit;
    const m = re?.exec(name);
    return m && numberedTo ? interpolate(numberedTo, { n: m[1] ?? '' }) : undefined;
  };
}

type Named = { name?: unknown; label?: unknown };

/**
 * Rewrite every app-given name in a scenario document (its name, components, QuickSight reader
 * groups, CodeBuild groups, release flows with their builds and actions, architecture nodes) in place. Returns true when anything changed.
 */
export function translateAppNames(doc: object, translate: (name: string) => string | undefined): boolean {
  let changed = false;
  const rename = (o: Named, field: 'name' | 'label'): void => {
    const v = o[field];
    if (typeof v !== 'string') return;
    const next = translate(v);
    if (next !== undefined && next !== v) {
      o[field] = next;
      changed = true;
    }
  };
  const node = (n: unknown, depth: number): void => {
    if (!n || typeof n !== 'object' || depth > 64) return;
    const rec = n as Record<string, unknown>;
    rename(rec as Named, 'name');
    if (Array.isArray(rec.children)) for (const c of rec.children) node(c, depth + 1);
    for (const k of ['member', 'primary', 'standby'] as const) node(rec[k], depth + 1);
  };
  const d = doc as Record<string, unknown>;
  rename(d as Named, 'name');
  if (Array.isArray(d.components)) {
    for (const c of d.components as Record<string, unknown>[]) {
      if (!c || typeof c !== 'object') continue;
      rename(c as Named, 'name');
      const usage = c.usage as { readerGroups?: unknown } | undefined;
      if (usage && Array.isArray(usage.readerGroups)) for (const g of usage.readerGroups) if (g && typeof g === 'object') rename(g as Named, 'name');
      const project = c.project as { groups?: unknown } | undefined;
      if (project && Array.isArray(project.groups)) for (const g of project.groups) if (g && typeof g === 'object') rename(g as Named, 'label');
      // A release flow: its label, its build groups' and its pipeline actions' labels.
      const flow = c.flow as { label?: unknown; build?: { groups?: unknown }; pipeline?: { actions?: unknown } } | undefined;
      if (flow && typeof flow === 'object') {
        rename(flow as Named, 'label');
        const lists = [flow.build && typeof flow.build === 'object' ? flow.build.groups : undefined, flow.pipeline && typeof flow.pipeline === 'object' ? flow.pipeline.actions : undefined];
        for (const list of lists) if (Array.isArray(list)) for (const g of list) if (g && typeof g === 'object') rename(g as Named, 'label');
      }
    }
  }
  node(d.architecture, 0);
  return changed;
}
