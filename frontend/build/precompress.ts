// Writes a brotli (.br) and a gzip (.gz) copy beside each compressible asset of the build, at the highest levels,
// once; the server sends them as they are (common/StaticAssets.java) instead of compressing on every request.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|txt|map)$/;

export function precompress({ dir = 'assets', minBytes = 512 } = {}): Plugin {
  let outDir = '';
  return {
    name: 'pejling-precompress',
    apply: 'build' as const,
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      const assets = path.resolve(outDir, dir);
      for (const name of readdirSync(assets)) {
        if (!COMPRESSIBLE.test(name)) continue;
        const file = path.join(assets, name);
        const bytes = readFileSync(file);
        if (bytes.length < minBytes) continue;
        const brotli = brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        });
        const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
        if (brotli.length < bytes.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < bytes.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}
