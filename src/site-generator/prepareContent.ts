import path from 'node:path';
import { contractJsonSchemas } from './contractJsonSchemas.ts';
import { deriveDiscovery } from './deriveDiscovery.ts';
import { deriveListings } from './deriveListings.ts';
import { ContentError, loadContent } from './loadContent.ts';
import { routeCollisions, siteRoutes, type Route } from './siteRoutes.ts';
import { siteShape, type SiteShape } from './siteShape.ts';

export type DerivedFile = { contents: string; contentType: string };

/** What the content stages make of the sources: all of it, or a ContentError and nothing. */
export type PreparedContent = {
  shape: SiteShape;
  /** Derived files keyed by their path from the site root (`/content/front.json`, `/sitemap.xml`). */
  files: Map<string, DerivedFile>;
  routes: Route[];
  /** Things that were mended, not refused (characters replaced), for the publisher to fix. */
  warnings: string[];
};

const contentTypes: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function derivedFiles(shape: SiteShape, urlPath: string): Map<string, DerivedFile> {
  const files = new Map<string, DerivedFile>();
  const add = (filePath: string, contents: string) => {
    const contentType = filePath.startsWith('/feeds/')
      ? 'application/rss+xml; charset=utf-8'
      : (contentTypes[path.extname(filePath)] ?? 'text/plain');
    files.set(filePath, { contents, contentType });
  };
  for (const [name, document] of deriveListings(shape)) add(`${urlPath}/${name}`, JSON.stringify(document));
  for (const [name, schema] of Object.entries(contractJsonSchemas())) {
    add(`${urlPath}/schema/${name}.schema.json`, JSON.stringify(schema));
  }
  for (const [filePath, contents] of deriveDiscovery(shape)) add(filePath, contents);
  return files;
}

/**
 * The content stages, in order: read and validate every source, work out the
 * site's shape, refuse pages that would share an address, derive listings,
 * feeds and the sitemap. The first stage that finds problems throws a
 * ContentError listing all of them, so no later stage sees bad content.
 */
export async function prepareContent(contentDir: string, urlPath: string): Promise<PreparedContent> {
  const { site, articles, warnings } = await loadContent(contentDir);
  const shape = siteShape(site, articles);
  const collisions = routeCollisions(shape);
  if (collisions.length > 0) throw new ContentError(collisions);
  return { shape, files: derivedFiles(shape, urlPath), routes: siteRoutes(shape), warnings };
}
