/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { chartJsPureClasses } from './build/chartjs-pure-classes.ts';

export default defineConfig({
  plugins: [svelte(), svelteTesting(), chartJsPureClasses()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    expect: { requireAssertions: true },
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ['test/engine/**/*.test.ts', 'test/data/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/lib/**/*.test.ts'],
          setupFiles: ['test/lib/setup.ts'],
        },
      },
    ],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
