import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';

describe('engine formulas in Spanish', () => {
  it('writes money with its cents and a decimal comma', () => {
    const i18n = new I18n('es');
    const text = i18n.line({ key: 'quicksight.legacy.reader.capped', params: { group: 'Ventas', sessions: '17', price: '0.3', uncapped: '5.1', cap: '5' }, text: 'unused' });
    expect(text).toBe('Ventas: 17 sesiones × 0,30\u00a0US$ = 5,10\u00a0US$, con el tope de 5,00\u00a0US$ por lector'.replace(/\u00a0/g, ' '));
  });

  it('keeps the English formula in English', () => {
    const i18n = new I18n('en');
    expect(i18n.line({ key: 'x', params: {}, text: '17 sessions x $0.30 = $5.10, capped at $5.00' })).toBe('17 sessions x $0.30 = $5.10, capped at $5.00');
  });

  it('falls back to the English formula when a Spanish template is missing', () => {
    const i18n = new I18n('es');
    expect(i18n.line({ key: 'no.such.key', params: {}, text: 'English text' })).toBe('English text');
  });
});
