/**
 * A priced build group: its line items (builds per day, overhead, billed minutes or seconds, what
 * rounding costs, its free-tier credit) and its result.
 */
import { isPositive, num, usd, ZERO, type Dec } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import { codeBuildTypeName } from './compute-types.ts';
import { SIXTY, type GroupCalc } from './groups.ts';
import { line } from './lines.ts';
import type { CodeBuildGroupResult } from './types.ts';

const THOUSAND = 1000;

/** Money in a formula: up to 4 decimals (a tenth of a cent). */
export function money(x: Dec): string {
  return usd(x, 4);
}

/** A unit price in a formula, as precise as it is given (up to 8 decimals). */
function unitPrice(x: Dec): string {
  return usd(x, 8);
}

function groupLines(g: GroupCalc, project: string, out: { roundingMinutes: Dec; roundingCost: Dec; credit: Dec; total: Dec }): LineItem[] {
  // Params are written out key by key (project, label, computeType first): a `{ ...base, ... }`
  // spread followed by more keys is slow in V8. Each value is formatted once.
  const lines: LineItem[] = [];
  const subject = g.inputLabel ? '@msg:codebuild.subject.labelled' : '@msg:codebuild.subject.type';
  const label = g.inputLabel ?? '';
  const computeType = g.computeType;
  const typeName = codeBuildTypeName(computeType);
  const builds = num(g.buildsPerMonth);
  const price = unitPrice(g.unitPrice);
  const perSecond = g.rule.billing === 'second';
  const pricePer1000 = perSecond ? money(g.unitPrice.times(THOUSAND)) : '';

  if (g.per === 'day') {
    lines.push(line('codebuild.group.perDay', g.buildsPerMonth, { project, label, computeType, typeName, subject, count: num(g.count), days: '730/24', buildsPerMonth: builds }, 'info', 'builds'));
  }
  const seconds = num(g.secondsPerBuild);
  if (!g.overheadSeconds.isZero()) {
    lines.push(
      line(
        'codebuild.group.overhead',
        g.secondsPerBuild,
        { project, label, computeType, typeName, subject, durationSeconds: num(g.durationSeconds), overheadSeconds: num(g.overheadSeconds), seconds },
        'info',
        'seconds',
      ),
    );
  }
  const cost = money(g.grossCost);
  if (!perSecond) {
    const rounded = !g.billedMinutesPerBuild.times(SIXTY).eq(g.secondsPerBuild);
    const params = { project, label, computeType, typeName, subject, builds, seconds, price, cost, minutesPerBuild: num(g.billedMinutesPerBuild), billedMinutes: num(g.billedMinutes) };
    lines.push(line(rounded ? 'codebuild.group.minutesRounded' : 'codebuild.group.minutes', g.grossCost, params));
  } else {
    lines.push(line('codebuild.group.seconds', g.grossCost, { project, label, computeType, typeName, subject, builds, seconds, price, pricePer1000, cost, billedSeconds: num(g.billedUnits) }));
  }

  const roundingMinutes = g.billedMinutes.minus(g.rawMinutes);
  const roundingCost = perSecond ? ZERO : roundingMinutes.times(g.unitPrice);
  if (isPositive(roundingMinutes)) {
    const p = {
      project,
      label,
      computeType,
      typeName,
      subject,
      billedMinutes: num(g.billedMinutes),
      rawMinutes: num(g.rawMinutes),
      roundingMinutes: num(roundingMinutes),
      price,
      roundingCost: money(roundingCost),
    };
    lines.push(line('codebuild.group.rounding', roundingCost, p, 'info'));
  }

  const credit = g.freeUnits.times(g.unitPrice);
  if (isPositive(g.freeUnits)) {
    const p = { project, label, computeType, typeName, subject, freeUnits: num(g.freeUnits), unit: perSecond ? 's' : 'min', price, pricePer1000, credit: money(credit) };
    lines.push(line(perSecond ? 'codebuild.freeTier.seconds' : 'codebuild.freeTier.minutes', credit, p, 'credit'));
  }
  out.roundingMinutes = roundingMinutes;
  out.roundingCost = roundingCost;
  out.credit = credit;
  out.total = g.grossCost.minus(credit);
  return lines;
}

/** The group's result, once the free tier has been allocated. */
export function finishGroup(g: GroupCalc, project: string): CodeBuildGroupResult {
  const out = { roundingMinutes: ZERO, roundingCost: ZERO, credit: ZERO, total: ZERO };
  const lines = groupLines(g, project, out);
  return Object.freeze({
    label: g.inputLabel ?? g.computeType,
    computeType: g.computeType,
    billing: g.rule.billing,
    freeTierPool: g.rule.freeTierPool,
    buildsPerMonth: g.buildsPerMonth,
    durationSeconds: g.durationSeconds,
    secondsPerBuild: g.secondsPerBuild,
    overheadSeconds: g.overheadSeconds,
    billedMinutesPerBuild: g.billedMinutesPerBuild,
    rawMinutes: g.rawMinutes,
    billedMinutes: g.billedMinutes,
    roundingMinutes: out.roundingMinutes,
    roundingCost: out.roundingCost,
    billedUnits: g.billedUnits,
    unit: g.rule.billing,
    unitPrice: g.unitPrice,
    grossCost: g.grossCost,
    freeUnits: g.freeUnits,
    freeTierCredit: out.credit,
    total: out.total,
    lines: Object.freeze(lines),
  });
}
