import { defineConfig } from '@playwright/test';
// @ts-expect-error plain JS helper shared with ensure-chromium.mjs
import { findChromium } from './test/e2e/chromium.mjs';

const PORT = Number(process.env.NUBECALC_E2E_PORT ?? 4317);
const executablePath: string = findChromium() ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // No test may need more than 15 s, even with one worker on a loaded 2-core machine (issue 8).
  timeout: 15_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
