/**
 * The English template of every line item the ec2 calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/ec2.ts.
 */
export const EC2_LINES = {
} as const;
