import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';

describe('engine formulas in Spanish', () => {
  it('writes money with its cents and a decimal comma', () => {
    const i18n = new I18n('es');
    const text = i18n.line({ key: 'quicksight.legacy.reader.capped', params: { group: 'Ventas', sessions: '17', price: '$0.30', uncapped: '$5.10', cap: '$5.00' }, text: 'unused' });
    expect(text).toBe('17 sesiones × 0,30\u00a0US$ = 5,10\u00a0US$, con el tope de 5,00\u00a0US$');
  });

  it('keeps the English formula in English', () => {
    const i18n = new I18n('en');
    expect(i18n.line({ key: 'x', params: {}, text: '17 sessions x $0.30 = $5.10, capped at $5.00' })).toBe('17 sessions x $0.30 = $5.10, capped at $5.00');
  });

  it('replaces a param "@msg:<key>" with that message, filled in with the other (localized) params', () => {
    const es = new I18n('es');
    const item = {
      key: 'availability.weakest.item',
      params: { rank: '1', name: 'db 2 switchover', failover: 'db 2', subject: '@msg:availability.weakest.subject.switchover', from: '0.5', to: '0.25', removed: '0.25', share: '50' },
      text: '#1 db 2 switchover: if it never failed, U would fall from 0.5 to 0.25 (removes 0.25, 50% of the downtime)',
    };
    expect(es.line(item)).toBe('#1 Conmutación de «db 2»: si nunca fallara, U bajaría de 0,5 a 0,25 (elimina 0,25, el 50 % del tiempo de inactividad)');
    // The English formula is the engine's text; an unknown message key is shown as it is.
    expect(new I18n('en').line(item)).toBe(item.text);
    expect(es.line({ ...item, params: { ...item.params, subject: '@msg:no.such.key' } })).toContain('#1 @msg:no.such.key: si nunca fallara');
  });

  it('falls back to the English formula when a Spanish template is missing', () => {
    const i18n = new I18n('es');
    expect(i18n.line({ key: 'no.such.key', params: {}, text: 'English text' })).toBe('English text');
  });
});
