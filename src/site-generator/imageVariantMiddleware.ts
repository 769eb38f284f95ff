import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { decodedPath, encodeVariant, planImageVariants, type Variant } from './imageVariants.ts';
import { loadContent } from './loadContent.ts';

type Found = { file: string; variant: Variant };

const VARIANT_URL = /\/variants\/[^/]+-\d+\.(?:avif|webp)$/;

/**
 * Serves image variants on the dev server, encoding each on first request
 * (through the same disk cache as the build), so `npm start` shows the same
 * pictures as the production build without writing anything into public/.
 */
export function serveImageVariants(
  server: ViteDevServer,
  contentDir: string,
  urlPath: string,
  cacheDir: string,
) {
  let pending: Promise<Map<string, Found>> | null = null;
  const invalidate = (file: string) => {
    if (file.startsWith(contentDir + path.sep)) pending = null;
  };
  server.watcher.on('change', invalidate).on('add', invalidate).on('unlink', invalidate);

  server.middlewares.use((request, response, next) => {
    const url = request.url?.split('?')[0] ?? '';
    if (!url.startsWith(`${urlPath}/`) || !VARIANT_URL.test(url)) {
      next();
      return;
    }
    pending ??= loadContent(contentDir)
      .then((content) => planImageVariants(contentDir, content.articles, content.pages))
      .then(
        (sources) =>
          new Map(
            sources.flatMap(({ file, variants }) =>
              variants.map((variant) => [decodedPath(variant.path), { file, variant }]),
            ),
          ),
      );
    const serve = async () => {
      const found = (await pending)?.get(decodeURIComponent(url.slice(urlPath.length + 1)));
      if (!found) {
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end('Not found');
        return;
      }
      const source = await readFile(found.file);
      const { bytes } = await encodeVariant(source, found.variant, cacheDir);
      response.setHeader('Content-Type', `image/${found.variant.format}`);
      response.end(bytes);
    };
    serve().catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      server.config.logger.error(message);
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(message);
    });
  });
}
