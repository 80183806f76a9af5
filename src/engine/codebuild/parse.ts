/** Input checks shared by the CodeBuild account, its projects and groups, and the cost curve. */
import { EngineError } from '../errors.ts';
import { describeRef } from '../json.ts';
import { CODEBUILD_COMPUTE_TYPE_IDS, isCodeBuildComputeType, type CodeBuildComputeType } from './compute-types.ts';

/** A list at `path` (`required` when absent, `invalid_type` when not a list). */
export function asArray(value: unknown, path: string, expected: string): readonly unknown[] {
  if (value === undefined) throw new EngineError('required', path);
  if (!Array.isArray(value)) throw new EngineError('invalid_type', path, { expected, got: describeRef(value) });
  return value;
}

/** An optional true/false, false when absent. */
export function optionalBoolean(value: unknown, path: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.trueOrFalse', got: describeRef(value) });
  return value;
}

const ALLOWED_TYPES = CODEBUILD_COMPUTE_TYPE_IDS.join(', ');

/** A compute type id nubecalc knows. */
export function parseComputeType(value: unknown, path: string): CodeBuildComputeType {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.computeTypeName', got: describeRef(value) });
  if (!isCodeBuildComputeType(value)) {
    throw new EngineError('unknown_option', path, { value: value.slice(0, 40), allowed: ALLOWED_TYPES });
  }
  return value;
}

/** 'month' or 'day'. */
export function parsePer(value: unknown, path: string): 'month' | 'day' {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (value === 'month' || value === 'day') return value;
  throw new EngineError('unknown_option', path, { value: String(typeof value === 'string' ? value.slice(0, 40) : describeRef(value)), allowed: 'month, day' });
}
