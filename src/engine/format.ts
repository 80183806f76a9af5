/** The scenario document's format name and version (a tiny module so the app shell can use them without loading the engine). */

/** The format name every scenario document carries. */
export const SCENARIO_FORMAT = 'nubecalc-scenario';
/** The scenario format version this engine reads and writes. */
export const SCENARIO_VERSION = 2;
