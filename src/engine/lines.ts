/**
 * Every line template of the engine, in English: one source per formula. Each calculator keeps its
 * own beside its code; this gathers them for the languages' catalogs and the test that renders
 * every key in every language (test/lib/i18n/lines.test.ts).
 */
import { QUICKSIGHT_LINES } from './quicksight/lines.ts';
import { CODEBUILD_LINES } from './codebuild/lines.ts';
import { EC2_LINES } from './ec2/lines.ts';
import { AVAILABILITY_LINES } from './availability/lines.ts';
import { DEVTOOLS_LINES } from './devtools/lines.ts';
import { SCENARIO_LINES } from './scenario/lines.ts';

export const LINE_CATALOGS = {
  quicksight: QUICKSIGHT_LINES,
  codebuild: CODEBUILD_LINES,
  ec2: EC2_LINES,
  availability: AVAILABILITY_LINES,
  devtools: DEVTOOLS_LINES,
  scenario: SCENARIO_LINES,
} as const;

/** All English line templates, by key. */
export const LINE_TEMPLATES: Readonly<Record<string, string>> = Object.assign({}, ...Object.values(LINE_CATALOGS));
