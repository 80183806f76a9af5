/**
 * The English template of every line item the codebuild calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/codebuild.ts.
 */
export const CODEBUILD_LINES = {
} as const;
