/**
 * Start downloading Chart.js at once when the scenario on screen will draw charts (it has cost
 * components or an architecture), instead of after the workbench, the editors and the first
 * chart have loaded one after the other. (The chart attachment's own import of the same module
 * then resolves from the module map.) Only this line joins the first-paint bundle.
 */
export function preloadChartsFor(doc: { readonly components: readonly unknown[]; readonly architecture?: unknown } | null | undefined): void {
  if (doc && (doc.components.length > 0 || (doc.architecture !== null && doc.architecture !== undefined))) void import('./register.ts');
}
