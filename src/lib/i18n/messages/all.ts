/** Every message file, both languages, loaded at once: for tests and the command line (the page loads parts: see parts.ts). */
import type { Bundle } from '../define.ts';
import { errors } from './errors.ts';
import { common } from './common.ts';
import { app } from './app.ts';
import { presets } from './presets.ts';
import { compareShell } from './compare-shell.ts';
import { workspace } from './workspace.ts';
import { workspaceTools } from './workspace-tools.ts';
import { codebuild } from './codebuild.ts';
import { quicksight } from './quicksight.ts';
import { ec2 } from './ec2.ts';
import { compare } from './compare.ts';
import { availability } from './availability.ts';
import { pipeline } from './pipeline.ts';
import { priced } from './priced.ts';
import { availabilityTree } from './availability-tree.ts';

export const allBundles: readonly Bundle[] = [errors, common, app, presets, compareShell, workspace, workspaceTools, codebuild, quicksight, ec2, compare, availability, pipeline, priced, availabilityTree];
