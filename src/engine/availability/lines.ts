/**
 * The English template of every line item the availability calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/availability.ts.
 */
export const AVAILABILITY_LINES = {
} as const;
