/**
 * A build plugin for Chart.js's ESM bundle: each top-level `class X ...` becomes
 * `const X = /* @__PURE__ *\/ (() => class X ...)();`, so the bundler may drop the classes nubecalc
 * never registers (the logarithmic, radial, time and time-series scales, about 6 kB gzip). Their
 * static fields read other objects' properties, which otherwise count as side effects and keep
 * them. Same semantics: a class declaration is not usable before its line either.
 */
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  id?: { name: string } | null;
}

export function chartJsPureClasses(): Plugin {
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
