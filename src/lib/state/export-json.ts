/**
 * JSON export and import of scenarios, in the engine's versioned scenario format.
 *
 * A file holds `{ format: "nubecalc-scenarios", version: 1, exportedAt, scenarios: [...] }`, each
 * scenario a complete scenario document (format "nubecalc-scenario", version 2) without the
 * workspace's internal id. Import also accepts a single scenario document. Imported scenarios are
 * always ADDED with fresh ids; nothing existing is touched.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION, LIMITS, parseScenarioPayload, type Parsed, type ScenarioData } from './schema.ts';
import { newId, type ScenarioDoc } from './scenario.svelte.ts';

/** A scenario as exported: plain JSON, without the workspace id. */
export function toExportDoc(doc: ScenarioDoc | ScenarioData): ScenarioData {
  const { id: _id, ...rest } = JSON.parse(JSON.stringify(doc)) as ScenarioDoc;
  return rest;
}

/** The export wrapper as JSON text (pretty for files, compact for links). */
export function bundleJson(docs: readonly (ScenarioDoc | ScenarioData)[], pretty = true, exportedAt?: string): string {
  const bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, ...(exportedAt ? { exportedAt } : {}), scenarios: docs.map(toExportDoc) };
  return pretty ? `${JSON.stringify(bundle, null, 2)}\n` : JSON.stringify(bundle);
}

/** Read an imported file's text: the scenarios, or the problems that stop the import. */
export function parseImportText(text: string): Parsed<ScenarioData[]> {
  return parseScenarioPayload(text, LIMITS.fileChars);
}

/** Documents ready to add to the workspace: fresh scenario ids, a name when there is none. */
export function asNewScenarios(docs: readonly ScenarioData[], fallbackName: (index: number) => string): ScenarioDoc[] {
  return docs.map((d, i) => {
    // A JSON round trip, not structuredClone: `d` may be a Svelte state proxy, which cannot be cloned.
    const copy = JSON.parse(JSON.stringify(d)) as ScenarioDoc;
    copy.id = newId('s');
    if (!copy.name || copy.name.trim() === '') copy.name = fallbackName(i);
    return copy;
  });
}

/** "nubecalc-2026-03-05" style file names (local date). */
export function fileStem(now = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `nubecalc-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Offer text as a download (a Blob link; nothing leaves the browser). */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download these scenarios as a JSON file. */
export function exportScenariosFile(docs: readonly (ScenarioDoc | ScenarioData)[], now = new Date()): void {
  downloadText(`${fileStem(now)}.json`, bundleJson(docs, true, now.toISOString()), 'application/json');
}
