/**
 * Message bundles loaded with the workbench (after first paint): each calculator's UI strings and
 * its Spanish `line.*` formula templates. Add a feature's bundle here (one import, one entry).
 */
import type { Bundle } from '../define.ts';
import { codebuild } from './codebuild.ts';
import { quicksight } from './quicksight.ts';
import { ec2 } from './ec2.ts';
import { compare } from './compare.ts';
import { availability } from './availability.ts';
import { workspaceTools } from './workspace-tools.ts';
import { pipeline } from './pipeline.ts';
import { priced } from './priced.ts';
import { availabilityTree } from './availability-tree.ts';

export const lazyBundles: readonly Bundle[] = [codebuild, quicksight, ec2, compare, availability, workspaceTools, pipeline, priced, availabilityTree];
