import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const brotliAsync = promisify(brotliCompress);
const COMPRESSIBLE = /\.(?:js|css|svg)$/;

/**
 * The strongest gzip and brotli encodings of one file, as `.gz` and `.br`
 * beside it. Zopfli writes ordinary gzip that every client reads, about 4%
 * smaller than zlib's best, at a cost paid once per build.
 */
export async function precompressFile(file: string): Promise<void> {
  const contents = await readFile(file);
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(contents, { numiterations: 15 }),
    brotliAsync(contents, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: contents.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
}

/**
 * Writes `.gz` and `.br` files next to the hashed scripts and styles, for the
 * server to send as they are (nginx `gzip_static` / `brotli_static`): the
 * strongest compression once at build time instead of a quick one on every
 * request. Pages and content stay compressed on the fly: there can be 100,000.
 */
export function precompressPlugin(): Plugin {
  return {
    name: 'broadsheet-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (this.environment.config.build.ssr || !options.dir) return;
      const assetsDir = path.join(options.dir, this.environment.config.build.assetsDir);
      const files = (await readdir(assetsDir)).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(files.map((file) => precompressFile(path.join(assetsDir, file))));
    },
  };
}
