import { defineMessages } from '../define.ts';

/**
 * The number field's own codes (src/lib/i18n/number-input.ts), in both languages. The engine's
 * error messages are not here: English in src/engine/error-templates.ts, Spanish in
 * src/lib/i18n/lines/errors.ts (localizeError). `required` and `not_a_number` of the field use the
 * engine's wording; a decimal comma typed in an English page gets the field's own hint.
 */
export const errors = defineMessages(
  {
    'field.decimal_comma': '"{value}" uses a decimal comma; in English write a point (0.30), or switch the page to Spanish.',
    'field.bad_grouping': '"{value}" has misplaced thousands separators; write the number without them.',
    'field.ambiguous_separator': '"{value}" can be read two ways: write {plain} (or {thousands}) for that many thousands, or {decimal} for the decimal.',
  },
  {
    'field.decimal_comma': '"{value}" usa coma decimal; en inglés escribe un punto (0.30) o cambia la página a español.',
    'field.bad_grouping': '"{value}" tiene separadores de miles mal colocados; escribe el número sin ellos.',
    'field.ambiguous_separator': '"{value}" se puede leer de dos formas: escribe {plain} (o {thousands}) si son miles, o {decimal} si es un decimal.',
  },
);
