/**
 * AWS CodeCommit: a month of active users, storage and Git requests (domain.md section 5).
 *
 * - The free tier (always free, per account) covers the first `freeUsers` (5) active users, who
 *   together get `freeStorageGb` (50 GB-month) and `freeGitRequests` (10,000) a month.
 * - Each further active user costs `userMonthly` ($1.00) and adds `userStorageGb` (10 GB-month)
 *   and `userGitRequests` (2,000) to what is included. With the free tier off, every active user
 *   is paid and brings only its own allowance.
 * - Storage and Git requests above what is included cost `storageGbMonth` ($0.06) per GB-month
 *   and `gitRequest` ($0.001) each. Nothing carries over between months.
 * - An active user is any AWS identity that accessed a repository in the month: developers, and
 *   also the service roles of CodeBuild and CodePipeline (see `serviceRoles`).
 */
import { Dec, isPositive, max, min, num, sum, usd, ZERO, type DecimalString } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { DEVTOOLS_LINES } from './lines.ts';
import { asRecord } from '../json.ts';
import { priceTable } from '../price-table.ts';
import { countOr, decimalOr, flagOr } from './shared.ts';

/** A count or size: a decimal string or a safe integer. */
export type DevToolsNumberInput = DecimalString | number;

/** A month of CodeCommit use (one AWS account, all regions). */
export interface CodeCommitInput {
  /** People (IAM users, federated users) who access a repository in the month. */
  readonly activeUsers: DevToolsNumberInput;
  /** Service identities (e.g. the CodeBuild and CodePipeline roles) that access it too. Default 0. */
  readonly serviceRoles?: DevToolsNumberInput;
  /** Repository storage, GB-month. Default 0. */
  readonly storageGb?: DevToolsNumberInput;
  /** Git requests (pushes and pulls that transfer objects) in the month. Default 0. */
  readonly gitRequests?: DevToolsNumberInput;
  /** Apply the always-free tier (default true: it is per account and never expires). */
  readonly freeTier?: boolean;
}

/** CodeCommit prices and allowances (decimal strings). */
export interface CodeCommitPrices {
  readonly userMonthly: DecimalString;
  readonly freeUsers: DecimalString;
  readonly freeStorageGb: DecimalString;
  readonly freeGitRequests: DecimalString;
  readonly userStorageGb: DecimalString;
  readonly userGitRequests: DecimalString;
  readonly storageGbMonth: DecimalString;
  readonly gitRequest: DecimalString;
}

/** What {@link priceCodeCommit} returns. */
export interface CodeCommitResult {
  readonly activeUsers: Dec;
  readonly paidUsers: Dec;
  readonly includedStorageGb: Dec;
  readonly includedGitRequests: Dec;
  readonly extraStorageGb: Dec;
  readonly extraGitRequests: Dec;
  readonly users: Dec;
  readonly storage: Dec;
  readonly requests: Dec;
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

const line = lineMaker(DEVTOOLS_LINES);

/**
 * Price a month of CodeCommit.
 * @param input users, storage and Git requests (plain JSON)
 * @param prices e.g. `defaultDevToolsPrices().codecommit`
 * @param path base path of `input` (error paths)
 * @param pricesPath path of `prices` (error paths)
 * @throws EngineError with the path of the bad field
 */
export function priceCodeCommit(input: CodeCommitInput, prices: CodeCommitPrices, path = '', pricesPath = 'prices'): CodeCommitResult {
  const o = asRecord(input, path, '@msg:error.expected.monthOfCodeCommitUse');
  const people = countOr(o, 'activeUsers', path);
  const roles = countOr(o, 'serviceRoles', path);
  const storageGb = decimalOr(o, 'storageGb', path);
  const gitRequests = countOr(o, 'gitRequests', path);
  const freeTier = flagOr(o, 'freeTier', path, true);
  const table = priceTable(prices, pricesPath, '@msg:error.expected.priceTable');
  const p = (k: keyof CodeCommitPrices): Dec => table.price(k);

  const activeUsers = people.plus(roles);
  const freeUsers = freeTier ? p('freeUsers') : ZERO;
  const paidUsers = max(ZERO, activeUsers.minus(freeUsers));
  const includedStorageGb = (freeTier ? p('freeStorageGb') : ZERO).plus(paidUsers.times(p('userStorageGb')));
  const includedGitRequests = (freeTier ? p('freeGitRequests') : ZERO).plus(paidUsers.times(p('userGitRequests')));
  const extraStorageGb = max(ZERO, storageGb.minus(includedStorageGb));
  const extraGitRequests = max(ZERO, gitRequests.minus(includedGitRequests));
  const users = paidUsers.times(p('userMonthly'));
  const storage = extraStorageGb.times(p('storageGbMonth'));
  const requests = extraGitRequests.times(p('gitRequest'));
  const total = sum([users, storage, requests]);

  const lines: LineItem[] = [];
  if (isPositive(roles)) {
    lines.push(line('codecommit.users.withRoles', activeUsers, { people: num(people), roles: num(roles), users: num(activeUsers) }, 'info', 'users'));
  }
  // The free users actually used: 3 active users are 3 free, not "3 - 5 free".
  const up = { users: num(activeUsers), free: num(min(activeUsers, freeUsers)), paid: num(paidUsers), price: usd(p('userMonthly')), amount: usd(users) };
  lines.push(freeTier
    ? line('codecommit.users', users, up)
    : line('codecommit.users.noFreeTier', users, up));
  const sp = { storage: num(storageGb), included: num(includedStorageGb), extra: num(extraStorageGb), price: usd(p('storageGbMonth')), amount: usd(storage) };
  lines.push(isPositive(extraStorageGb)
    ? line('codecommit.storage', storage, sp)
    : line('codecommit.storage.included', storageGb, sp, 'info', 'GB-month'));
  const rp = { requests: num(gitRequests), included: num(includedGitRequests), extra: num(extraGitRequests), price: usd(p('gitRequest')), amount: usd(requests) };
  lines.push(isPositive(extraGitRequests)
    ? line('codecommit.requests', requests, rp)
    : line('codecommit.requests.included', gitRequests, rp, 'info', 'requests'));
  lines.push(line('codecommit.total', total, { total: usd(total, 2) }, 'info'));
  return Object.freeze({ activeUsers, paidUsers, includedStorageGb, includedGitRequests, extraStorageGb, extraGitRequests, users, storage, requests, total, lines: Object.freeze(lines) });
}
