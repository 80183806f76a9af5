/**
 * Results that make the ec2 calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import type { LineItem } from '../../../../src/engine/index.ts';
import { collectLines } from './collect.ts';

export function ec2Lines(): LineItem[] {
  return collectLines([]);
}
