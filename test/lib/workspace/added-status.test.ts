/** The status line after scenarios from a link or file were added: one sentence per case, in both languages. */
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { addedStatus } from '../../../src/lib/components/workspace/summary.ts';

const answers = (...ok: boolean[]) => ok.map((o) => ({ ok: o }) as never);

describe('the status after adding scenarios', () => {
  it('speaks of the one scenario added, or counts the ones that need a fix', () => {
    const en = new I18n('en');
    expect(addedStatus(answers(true), 1, en)).toBe('Scenario added.');
    expect(addedStatus(answers(false), 1, en)).toBe('Scenario added. It needs a fix (open it to see where).');
    expect(addedStatus(answers(true, false, true), 3, en)).toBe('3 scenarios added. 1 of them needs a fix (open it to see where).');
    expect(addedStatus(answers(false, false, true), 3, en)).toBe('3 scenarios added. 2 of them need a fix (open them to see where).');
  });

  it('in Spanish, with the verb agreeing with the count', () => {
    const es = new I18n('es');
    expect(addedStatus(answers(false), 1, es)).toBe('Se agregó el escenario. Necesita una corrección (ábrelo para ver dónde).');
    expect(addedStatus(answers(true, false, true), 3, es)).toBe('Se agregaron 3 escenarios. 1 de ellos necesita una corrección (ábrelo para ver dónde).');
    expect(addedStatus(answers(false, false, true), 3, es)).toBe('Se agregaron 3 escenarios. 2 de ellos necesitan una corrección (ábrelos para ver dónde).');
  });
});
