/**
 * The English template of every line item the scenario calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/scenario.ts.
 */
export const SCENARIO_LINES = {
} as const;
