/** Every Spanish line template, by key (the English ones are the engine's: LINE_TEMPLATES). */
import { quicksightEs } from './quicksight.ts';
import { codebuildEs } from './codebuild.ts';
import { ec2Es } from './ec2.ts';
import { availabilityEs } from './availability.ts';
import { devtoolsEs } from './devtools.ts';
import { scenarioEs } from './scenario.ts';

export const LINES_ES: Readonly<Record<string, string>> = Object.assign({}, quicksightEs, codebuildEs, ec2Es, availabilityEs, devtoolsEs, scenarioEs);
