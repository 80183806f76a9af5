/**
 * Builds the package for node (no browser): `dist-pkg/engine.js` (nubecalc/engine),
 * `dist-pkg/data.js` (nubecalc/data, catalogs bundled in) and `dist-pkg/cli.js` (the `nubecalc`
 * command, run by bin/nubecalc.js). Dependencies (decimal.js, valibot, lz-string) stay imports.
 * Type declarations come from tsconfig.pkg.json. Run with `npm run build:pkg`.
 */
import { defineConfig } from 'vite';
import { messagesPerLanguage } from './src/lib/i18n/messages/build-plugin.ts';

export default defineConfig({
  // The command line loads every message file itself (src/cli/i18n.ts); the names module is the page's.
  plugins: [messagesPerLanguage()],
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-pkg',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: {
        engine: 'src/cli/entries/engine.ts',
        data: 'src/cli/entries/data.ts',
        cli: 'src/cli/main.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
