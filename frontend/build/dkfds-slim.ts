// Build-time trimming of DKFDS's stylesheet (226 kB, every component of the design system) to what Pejling uses:
// a rule of DKFDS is kept when every class its selector names occurs somewhere in the SPA's source (a class name
// built at run time from a DKFDS prefix would be missed: write DKFDS classes out in full). DKFDS's @font-face rules
// go too: src/app/fonts.css declares the faces Pejling uses, woff2 only. Pejling's own CSS is never touched.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AtRule, Plugin } from 'postcss';

/** Every word of the source files: a superset of the class names the SPA can put on an element. */
export function wordsOf(roots: readonly string[]): Set<string> {
  const words = new Set<string>();
  const visit = (file: string) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) if (entry !== 'node_modules') visit(path.join(file, entry));
    } else if (/\.(tsx?|css|html)$/.test(file)) {
      for (const word of readFileSync(file, 'utf8').split(/[^A-Za-z0-9_-]+/)) if (word) words.add(word);
    }
  };
  roots.forEach(visit);
  return words;
}

/** The classes a selector requires; those under :not() are left out, since their absence does not stop a match. */
export function classesOf(selector: string): string[] {
  const required = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  return [...required.matchAll(/\.((?:\\.|[A-Za-z0-9_-])+)/g)].map((match) => (match[1] ?? '').replace(/\\(.)/g, '$1'));
}

interface Options {
  /** Files and folders whose words count as used class names. */
  sources: readonly string[];
  /** Which stylesheets are trimmed: DKFDS's only. */
  isDkfds?: (file: string) => boolean;
}

export function dkfdsSlim({ sources, isDkfds = (file) => file.includes(`${path.sep}dkfds${path.sep}`) }: Options): Plugin {
  let used: Set<string> | undefined;
  return {
    postcssPlugin: 'pejling-dkfds-slim',
    Once(root) {
      const file = root.source?.input.file ?? '';
      if (!isDkfds(file)) return;
      const words = (used ??= wordsOf(sources));
      root.walkAtRules('font-face', (rule) => {
        rule.remove();
      });
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
        const kept = rule.selectors.filter((selector) => classesOf(selector).every((name) => words.has(name)));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((rule) => {
        if (rule.nodes !== undefined && rule.nodes.length === 0) rule.remove();
      });
    },
  };
}
