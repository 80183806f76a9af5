/**
 * The availability module's public API (a barrel over `../availability.ts`, for callers that
 * import the folder).
 */
export * from '../availability.ts';
