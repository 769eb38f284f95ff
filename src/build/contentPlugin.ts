import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { contractJsonSchemas } from './contractJsonSchemas.ts';
import { deriveListings } from './deriveListings.ts';
import { ContentError, loadContent } from './loadContent.ts';

type Options = {
  /** Folder of the source files: site.json and articles/. */
  contentDir: string;
  /** URL path the content is served under, in dev and in dist/. */
  urlPath?: string;
};

/** Everything the build derives, keyed by its path below the content base. */
async function buildDerivedDocuments(contentDir: string): Promise<Map<string, unknown>> {
  const { site, articles } = await loadContent(contentDir);
  const documents = new Map<string, unknown>(deriveListings(site, articles));
  for (const [name, schema] of Object.entries(contractJsonSchemas())) {
    documents.set(`schema/${name}.schema.json`, schema);
  }
  return documents;
}

const isDerivedPath = (name: string) => /^(?:sections\/|schema\/|front\.json$)/.test(name);

function respondNotFound(response: ServerResponse) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end('Not found');
}

function serveDerived(server: ViteDevServer, contentDir: string, urlPath: string) {
  let pending: Promise<Map<string, unknown>> | null = null;
  const invalidate = (file: string) => {
    if (file.startsWith(contentDir + path.sep)) pending = null;
  };
  server.watcher.add(contentDir);
  server.watcher.on('change', invalidate).on('add', invalidate).on('unlink', invalidate);

  server.middlewares.use((request, response, next) => {
    const url = request.url?.split('?')[0] ?? '';
    if (!url.startsWith(`${urlPath}/`)) {
      next();
      return;
    }
    pending ??= buildDerivedDocuments(contentDir);
    pending.then(
      (documents) => {
        const name = url.slice(urlPath.length + 1);
        const document = documents.get(name);
        if (document === undefined) {
          // Derived paths that do not exist (page 9 of a 2-page section) are a real 404, not the SPA page.
          if (isDerivedPath(name)) respondNotFound(response);
          else next();
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(document));
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        server.config.logger.error(message);
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(message);
      },
    );
  });
}

/**
 * Validates the content sources and derives listings from them: served from
 * memory by the dev server, written into dist/ by the build.
 */
export function contentPlugin({ contentDir, urlPath = '/content' }: Options): Plugin {
  let documents: Map<string, unknown> | null = null;
  return {
    name: 'broadsheet-content',
    configureServer(server) {
      serveDerived(server, contentDir, urlPath);
    },
    async buildStart() {
      if (this.environment.config.command !== 'build') return;
      try {
        documents = await buildDerivedDocuments(contentDir);
      } catch (error) {
        this.error(error instanceof ContentError ? error.message : String(error));
      }
    },
    generateBundle() {
      for (const [name, document] of documents ?? []) {
        this.emitFile({
          type: 'asset',
          fileName: `${urlPath.replace(/^\//, '')}/${name}`,
          source: JSON.stringify(document),
        });
      }
    },
  };
}
