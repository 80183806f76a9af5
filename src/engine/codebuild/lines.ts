/**
 * The English template of every line item the codebuild calculator emits (key -> template; syntax in
 * engine/template.ts). The Spanish twins are in src/lib/i18n/lines/codebuild.ts.
 */
import { lineMaker } from '../explain.ts';

export const CODEBUILD_LINES = {
  // Phrases the lines below refer to (`@msg:`): how a group and a project are named.
  'codebuild.subject.labelled': '{label} ({typeName})',
  'codebuild.subject.type': '{typeName}',
  'codebuild.project.named': 'project "{project}"',
  'codebuild.project.numbered': 'project {number}',
  // One build group
  'codebuild.group.perDay': '{subject}: {count, plural, one {# build} other {# builds}}/day x 730/24 days = {buildsPerMonth, plural, one {# build} other {# builds}}/month',
  'codebuild.group.overhead': '{subject}: each build: {durationSeconds} s + {overheadSeconds} s overhead = {seconds} s on the clock',
  'codebuild.group.minutesRounded': '{subject}: {builds, plural, one {# build} other {# builds}} x {minutesPerBuild} min ({seconds} s rounded up) = {billedMinutes} billed min x {price} = {cost}',
  'codebuild.group.minutes': '{subject}: {builds, plural, one {# build} other {# builds}} x {minutesPerBuild} min ({seconds} s) = {billedMinutes} billed min x {price} = {cost}',
  'codebuild.group.seconds': '{subject}: {builds, plural, one {# build} other {# builds}} x {seconds} s = {billedSeconds} billed s x {pricePer1000} per 1,000 s = {cost} (per-second billing, no rounding)',
  'codebuild.group.rounding': '{subject}: rounding each build up to whole minutes: {billedMinutes} billed min - {rawMinutes} raw min = {roundingMinutes} min x {price} = {roundingCost} (part of the cost above)',
  'codebuild.freeTier.minutes': '{subject}: free tier: {freeUnits} min x {price} = -{credit}',
  'codebuild.freeTier.seconds': '{subject}: free tier: {freeUnits} s x {pricePer1000} per 1,000 s = -{credit}',
  // One project
  'codebuild.project.totalWithFreeTier': '{projectName}: {billedMinutes} billed min ({rawMinutes} raw min), {grossCost} - {freeTierCredit} free tier = {total}',
  'codebuild.project.total': '{projectName}: {billedMinutes} billed min ({rawMinutes} raw min) = {total}',
  // The account
  'codebuild.rounding.total': 'rounding each build up to whole minutes: {billedMinutes} billed min - {rawMinutes} raw min = {roundingMinutes} extra min, costing {roundingCost} (before the free tier)',
  'codebuild.freeTier.off': 'free tier not applied: it is per AWS account (100 build-minutes on general1.small/arm1.small and 6,000 build-seconds on 1 GB Lambda a month); turn it on if no other project of the account uses it',
  'codebuild.freeTier.poolMinutes': 'free tier (one pool per account for general1.small and arm1.small): {used} of {allowance} free min used, saving {credit}; applied to the highest-priced minutes first (how AWS splits the pool is unconfirmed)',
  'codebuild.freeTier.poolSeconds': 'free tier (one pool per account for the 1 GB Lambda types): {used} of {allowance} free s used, saving {credit}; applied to the highest-priced seconds first',
  'codebuild.freeTier.notEligible': 'free tier: none of these builds use general1.small, arm1.small or a 1 GB Lambda type, so it saves nothing',
  'codebuild.totalWithFreeTier': 'CodeBuild total: {grossCost} - {freeTierCredit} free tier = {total} per month',
  'codebuild.total': 'CodeBuild total: {total} per month',
} as const;

/** The CodeBuild calculator's line items. */
export const line = lineMaker(CODEBUILD_LINES);
