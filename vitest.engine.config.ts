/// <reference types="vitest/config" />
// The engine tests alone, in node: what `npm run mutate` (Stryker) runs against each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'engine',
    environment: 'node',
    include: ['test/engine/**/*.test.ts', 'test/data/**/*.test.ts'],
    // The hostile-JSON fuzz runs for seconds and asserts only "no throw other than EngineError":
    // with perTest coverage it would run for nearly every mutant while killing almost none.
    // It stays in `npm test` (vite.config.ts).
    exclude: ['test/engine/hostile-json.fuzz.test.ts'],
    // The engine is a pure library (test/engine/purity.test.ts): the test files share one import
    // of it per worker, as in vite.config.ts's engine project.
    isolate: false,
    expect: { requireAssertions: true },
    allowOnly: false,
  },
});
