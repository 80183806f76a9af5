/// <reference types="vitest/config" />
// The engine tests alone, in node: what `npm run mutate` (Stryker) runs against each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'engine',
    environment: 'node',
    include: ['test/engine/**/*.test.ts', 'test/data/**/*.test.ts'],
    expect: { requireAssertions: true },
    allowOnly: false,
  },
});
