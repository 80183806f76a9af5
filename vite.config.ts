/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { messagesPerLanguage } from './src/lib/i18n/messages/build-plugin.ts';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * The Content-Security-Policy of the production build: only this site's own files, no inline
 * script or style, no eval, no plugins, no <base> or form targets elsewhere. Vite's build emits one
 * external module script and external CSS; Svelte and Chart.js set styles through the CSSOM
 * (element.style), which CSP allows. test/e2e/csp.spec.ts requires zero violations in Chromium.
 * (The dev server injects inline scripts for hot reload, so the policy is added at build time only.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'nubecalc-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, so it governs everything the page loads.
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  plugins: [messagesPerLanguage(), svelte(), svelteTesting(), contentSecurityPolicy(), chartJsPureClasses()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The app imports the engine through its index only (test/engine/layout.test.ts); the engine's
    // modules do nothing when imported, so a chunk keeps just the modules whose exports it uses.
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]engine[\\/]/.test(id) } },
  },
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
          // The engine is a pure library (test/engine/purity.test.ts): its 38 test files share one
          // import of it per worker instead of one each (44 s -> 27 s on this machine).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          include: ['test/cli/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/lib/**/*.test.ts'],
          setupFiles: ['test/lib/setup.ts'],
          // One jsdom and one import of the workbench per worker, not per file: a fresh environment
          // for each of the 48 files was most of this project's time (wall 102 s -> 41 s on this
          // machine). The files share no state: each renders into its own container, which
          // Testing Library removes after every test, and uses its own storage fake.
          isolate: false,
        },
      },
    ],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});

/**
 * A build plugin for Chart.js's ESM bundle: each top-level `class X ...` becomes
 * `const X = /* @__PURE__ *\/ (() => class X ...)();`, so the bundler may drop the classes nubecalc
 * never registers (the logarithmic, radial, time and time-series scales, about 6 kB gzip). Their
 * static fields read other objects' properties, which otherwise count as side effects and keep
 * them. Same semantics: a class declaration is not usable before its line either.
 */
interface Node {
  type: string;
  start: number;
  end: number;
  id?: { name: string } | null;
}

function chartJsPureClasses(): Plugin {
  return {
    name: 'nubecalc:chartjs-pure-classes',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/.test(id)) return null;
      const ast = this.parse(code) as unknown as { body: Node[] };
      let out = '';
      let at = 0;
      for (const node of ast.body) {
        if (node.type !== 'ClassDeclaration' || !node.id) continue;
        out += code.slice(at, node.start);
        out += `const ${node.id.name} = /* @__PURE__ */ (() => ${code.slice(node.start, node.end)})();`;
        at = node.end;
      }
      if (at === 0) return null;
      return { code: out + code.slice(at), map: null };
    },
  };
}
