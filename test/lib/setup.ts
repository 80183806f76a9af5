import '@testing-library/jest-dom/vitest';
import '../../src/lib/workbench.ts';
import { registerBundles, registerErrors, registerLines } from '../../src/lib/i18n/messages/index.ts';
import { allBundles } from '../../src/lib/i18n/messages/all.ts';
import { LINES_ES } from '../../src/lib/i18n/lines/es.ts';
import { ERRORS_ES } from '../../src/lib/i18n/lines/errors.ts';
import { LINE_TEMPLATES } from '../../src/engine/index.ts';

// The page downloads its messages a part and a language at a time; components under test get them all.
registerBundles(allBundles);
registerLines('es', LINES_ES);
registerLines('en', LINE_TEMPLATES);
registerErrors('es', ERRORS_ES);
