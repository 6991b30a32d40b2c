// The SPA's layers, as an ESLint rule that resolves every import (the `@/` alias and relative paths alike):
//   shared (src/lib, src/components, src/i18n)  ->  features (src/features/<name>)  ->  app (src/app)
// An import may point only down this list or stay inside its own feature: shared code never imports a feature or
// the app, a feature never imports another feature or the app. Test support (src/testing) renders the whole app,
// so only tests (`__tests__/`, `*.test.*`) may import it.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** The layer of a file under src: {rank, name}; rank 0 shared, 1 feature, 2 app, 3 test support. */
function layerOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [top, second] = relative.split(path.sep);
  if (top === 'features') return { rank: 1, name: `feature "${second}"`, feature: second };
  if (top === 'app' || top === 'main.tsx') return { rank: 2, name: 'the app' };
  if (top === 'testing') return { rank: 3, name: 'test support' };
  return { rank: 0, name: 'shared code' };
}

function isTest(file) {
  return file.split(path.sep).includes('__tests__') || /\.test\.[jt]sx?$/.test(file);
}

function resolveImport(source, file) {
  if (source.startsWith('@/')) return path.join(SRC, source.slice(2));
  if (source.startsWith('.')) return path.resolve(path.dirname(file), source);
  return null; // a package
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow one way: shared -> features -> app; no feature imports another feature.' },
    messages: {
      upward: '{{from}} must not import {{to}} ({{source}}): imports flow shared -> features -> app.',
      sideways: '{{from}} must not import {{to}} ({{source}}): move what both need to src/lib or src/components.',
      testing: 'Only tests import test support ({{source}}).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node) {
      const source = node.source && typeof node.source.value === 'string' ? node.source.value : null;
      if (!source) return;
      const target = resolveImport(source, file);
      const to = target && layerOf(target);
      if (!to) return;
      if (to.rank === 3) {
        if (from.rank !== 3 && !isTest(file)) context.report({ node, messageId: 'testing', data: { source } });
        return;
      }
      if (from.rank === 3 || isTest(file)) return;
      const data = { from: from.name, to: to.name, source };
      if (to.rank > from.rank) context.report({ node, messageId: 'upward', data });
      else if (from.rank === 1 && to.rank === 1 && from.feature !== to.feature) context.report({ node, messageId: 'sideways', data });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { layers: rule } };
