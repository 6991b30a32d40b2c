// Adds <link rel="modulepreload"> to index.html for one lazily loaded feature and the chunks it imports, so that
// the browser fetches them while it fetches the app's entry, one round trip earlier than the router would ask.
// Used for the survey: the respondent's phone on a slow network is the visit Pejling is tuned for; every other
// first visit pays a few kB, once (the files are cached for a year).
import type { Plugin } from 'vite';

export function preloadRoute(moduleSuffix: string): Plugin {
  return {
    name: 'pejling-preload-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const feature = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
        if (!feature) throw new Error(`preloadRoute: no chunk for ${moduleSuffix}`);
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
        const files = [feature.fileName, ...feature.imports].filter((file) => !entries.has(file));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
