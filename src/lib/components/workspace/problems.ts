/** A problem found in untrusted input, in the page language: "what is wrong" plus where. */
import type { Problem } from '../../state/schema.ts';

type T = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export function describeProblem(p: Problem, t: T): string {
  const key = `ws.problem.${p.code}`;
  const params = p.code === 'type' && p.params.expected ? { ...p.params, expected: t(`ws.type.${p.params.expected}`) } : p.params;
  const what = t(key, params);
  const text = what === key ? t('ws.problem.invalid') : what;
  return p.path ? t('ws.problem.at', { what: text, path: p.path }) : text;
}
