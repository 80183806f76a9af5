/** Package entry `nubecalc/engine`: the calculation engine's public API (src/engine/index.ts). */
export * from '../../engine/index.ts';
