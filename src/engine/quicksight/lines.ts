/**
 * The English template of every line item the quicksight calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/quicksight.ts.
 */
export const QUICKSIGHT_LINES = {
} as const;
