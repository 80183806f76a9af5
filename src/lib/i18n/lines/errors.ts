/**
 * Spanish twins of the engine's error messages: one for each English template in
 * src/engine/error-templates.ts (the type checker rejects a missing or an extra key). The shell
 * imports this small file directly (localize.ts), so an error shown at first paint (the import
 * dialog, the storage banner) is in Spanish before the workbench loads.
 */
import type { ERROR_MESSAGES } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';
import { errorPhrasesEs } from './error-phrases.ts';

export const errorsEs = spanishLines<typeof ERROR_MESSAGES>({
  'error.required': 'Este campo es obligatorio.',
  'error.not_a_number': '"{value}" no es un número.',
  'error.float_not_allowed': '{value} se dio como número de coma flotante; escribe los decimales como texto (p. ej., "0.30") para que sean exactos.',
  'error.decimal_comma': '"{value}" usa coma decimal; en el archivo del escenario los decimales se escriben con punto.',
  'error.negative': '{value} es negativo; este valor no puede ser menor que cero.',
  'error.not_positive': '{value} debe ser mayor que cero.',
  'error.not_integer': '{value} debe ser un número entero.',
  'error.too_large': '{value} es demasiado grande (el máximo es {max}).',
  'error.too_large.count': '{value} son demasiados (el máximo es {max}).',
  'error.too_small': '{value} es demasiado pequeño (el mínimo es {min}).',
  'error.unknown_option': '"{value}" no es uno de los valores permitidos.',
  'error.unknown_option.allowed': '"{value}" no es uno de los valores permitidos ({allowed}).',
  'error.unknown_price': 'No hay precio conocido para "{value}"; ingresa uno.',
  'error.unknown_price.where': 'No hay precio conocido para "{value}" en {where}; ingresa uno.',
  'error.unknown_time_zone': '"{value}" no es una zona horaria conocida (usa un nombre IANA como Europe/Madrid).',
  'error.invalid_time': '"{value}" no es una hora del día (usa HH:MM, de 00:00 a 24:00).',
  'error.empty_period': 'Este periodo empieza y termina a la misma hora, así que nunca se ejecuta.',
  'error.invalid_date': '"{value}" no es una fecha (usa AAAA-MM-DD).',
  'error.k_greater_than_n': 'No se puede exigir al menos {k} de {n}: k no puede superar el número de miembros.',
  'error.empty_group': 'Este grupo no tiene miembros.',
  'error.too_deep': 'La arquitectura tiene demasiados niveles de anidamiento (más de {max}).',
  'error.too_much_work': 'Esto pide demasiado trabajo: {value} unidades de trabajo en total, y nubecalc evalúa como mucho {max}.',
  'error.too_much_work.replicaMembers': 'Esto pide demasiado trabajo: {value} copias de componentes (réplicas) en total, y nubecalc evalúa como mucho {max}.',
  'error.too_much_work.kOfNMembers': 'Esto pide demasiado trabajo: {value} miembros de grupos k de n en total, y nubecalc evalúa como mucho {max}.',
  'error.invalid_type': 'Se esperaba {expected}.',
  'error.invalid_type.got': 'Se esperaba {expected}, pero se recibió {got}.',
  'error.unknown_version': 'La versión {value} del formato de escenario no es compatible (nubecalc lee la versión {supported}).',
  'error.duplicate_id': 'El identificador "{value}" está repetido.',
  'error.contact_sales': 'Con {sessions, plural, one {# sesión} other {# sesiones}} al año se supera el mayor nivel publicado; AWS indica "contactar con ventas", así que nubecalc no inventa un precio.',
  'error.out_of_range': '{value} está fuera de rango ({min} a {max}).',
  'error.standard_no_readers': 'La edición Standard de QuickSight solo tiene autores, no lectores (se indicaron {readers}); elige la edición Enterprise para calcular lectores.',
});

/** The Spanish error catalog: the messages and the phrases their params name. */
export const ERRORS_ES: Readonly<Record<string, string>> = { ...errorsEs, ...errorPhrasesEs };
