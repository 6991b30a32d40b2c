// Makes one lazily loaded feature (the survey) start as if it were part of the app's entry:
// - <link rel="modulepreload"> in index.html for the feature and the chunks it imports, so that the browser fetches
//   them while it fetches the entry, one round trip earlier than the router would ask;
// - the feature's stylesheets as <link rel="stylesheet">: Vite's loader would otherwise add them only when the
//   feature is imported, and hold the feature's code back until they arrived (another round trip);
// - V8's compile hint (`//# allFunctionsCalledOnLoad`) at the top of every chunk the page runs at start (the entry,
//   what it imports, the feature): Chromium then compiles their functions on the thread that streams the file in,
//   instead of one by one on the main thread the first time each is called, which was half of the start's main-thread
//   time on a slow phone. Other browsers ignore the comment.
// Used for the survey: the respondent's phone on a slow network is the visit Pejling is tuned for; every other
// first visit pays a few kB, once (the files are cached for a year).
import type { Plugin, Rollup } from 'vite';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface StartChunks {
  /** The entry and the chunks it imports: index.html loads them already. */
  entry: Set<string>;
  /** The feature's chunks that the entry does not load. */
  feature: string[];
  /** The feature's stylesheets that the entry does not load. */
  styles: string[];
}

function startChunks(bundle: Rollup.OutputBundle, moduleSuffix: string): StartChunks {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const feature = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
  if (!feature) throw new Error(`preloadRoute: no chunk for ${moduleSuffix}`);
  const entry = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
  const files = [feature.fileName, ...feature.imports].filter((file) => !entry.has(file));
  const css = (chunk: Rollup.OutputChunk) => [...(chunk.viteMetadata?.importedCss ?? [])];
  const entryCss = new Set(chunks.filter((chunk) => entry.has(chunk.fileName)).flatMap(css));
  const styles = new Set(chunks.filter((chunk) => files.includes(chunk.fileName)).flatMap(css));
  return { entry, feature: files, styles: [...styles].filter((file) => !entryCss.has(file)) };
}

export function preloadRoute(moduleSuffix: string): Plugin {
  return {
    name: 'pejling-preload-route',
    apply: 'build',
    generateBundle: {
      // After Vite's own, which puts its preload map at the top of the entry.
      order: 'post',
      handler(_options, bundle) {
        const { entry, feature } = startChunks(bundle, moduleSuffix);
        for (const file of [...entry, ...feature]) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        const { feature, styles } = startChunks(context.bundle, moduleSuffix);
        const link = (rel: string) => (file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        });
        return [...styles.map(link('stylesheet')), ...feature.map(link('modulepreload'))];
      },
    },
  };
}
