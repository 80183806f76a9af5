/**
 * CodeBuild's on-demand compute types and how each one's clock is billed (domain.md section 2):
 * EC2-based types round EACH build up to a whole minute, the Lambda types bill per second; two
 * always-free pools (per AWS account) cover the small EC2 types and the 1 GB Lambda types.
 */

/** How a compute type's clock is billed: whole minutes per build (EC2) or seconds (Lambda). */
export type CodeBuildBilling = 'minute' | 'second';

/** The free-tier pool a compute type draws from (each is one pool per AWS account). */
export type CodeBuildFreeTierPool = 'ec2-small' | 'lambda-1gb';

/** Billing rule of one compute type: granularity, free-tier pool and operating system. */
export interface CodeBuildComputeRule {
  /** 'minute': each build rounded up to a whole minute; 'second': per second, no rounding. */
  readonly billing: CodeBuildBilling;
  /** The free-tier pool, or null when the type has no free tier. */
  readonly freeTierPool: CodeBuildFreeTierPool | null;
  /** Build environment operating system. */
  readonly os: 'linux' | 'windows';
}

/**
 * Every on-demand compute type nubecalc prices, with its billing rule (domain.md section 2).
 * Windows types are keyed "windows.<type>"; everything else is Linux.
 */
export const CODEBUILD_COMPUTE_TYPES = Object.freeze({
  'general1.small': { billing: 'minute', freeTierPool: 'ec2-small', os: 'linux' },
  'general1.medium': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.xlarge': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.2xlarge': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'arm1.small': { billing: 'minute', freeTierPool: 'ec2-small', os: 'linux' },
  'arm1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'gpu1.small': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'gpu1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'windows.general1.medium': { billing: 'minute', freeTierPool: null, os: 'windows' },
  'windows.general1.large': { billing: 'minute', freeTierPool: null, os: 'windows' },
  'lambda.arm.1GB': { billing: 'second', freeTierPool: 'lambda-1gb', os: 'linux' },
  'lambda.x86-64.1GB': { billing: 'second', freeTierPool: 'lambda-1gb', os: 'linux' },
} as const satisfies Record<string, CodeBuildComputeRule>);

/** A compute type id, e.g. "general1.small", "windows.general1.large", "lambda.arm.1GB". */
export type CodeBuildComputeType = keyof typeof CODEBUILD_COMPUTE_TYPES;

/** All compute type ids in table order. */
export const CODEBUILD_COMPUTE_TYPE_IDS: readonly CodeBuildComputeType[] = Object.freeze(
  Object.keys(CODEBUILD_COMPUTE_TYPES) as CodeBuildComputeType[],
);

/** True when `id` names a compute type nubecalc knows. */
export function isCodeBuildComputeType(id: unknown): id is CodeBuildComputeType {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(CODEBUILD_COMPUTE_TYPES, id);
}

/**
 * How a formula names a compute type: its id, except the Lambda types, written as words
 * ("Lambda arm 1 GB" for lambda.arm.1GB) so no reader takes "lambda" for a service id or "64.1"
 * for a number.
 */
export function codeBuildTypeName(type: CodeBuildComputeType): string {
  if (type === 'lambda.arm.1GB') return 'Lambda arm 1 GB';
  if (type === 'lambda.x86-64.1GB') return 'Lambda x86-64 1 GB';
  return type;
}
