import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contractJsonSchemas } from './contractJsonSchemas.ts';
import { articleImages } from './articleImages.ts';
import { deriveDiscovery } from './deriveDiscovery.ts';
import { deriveListings } from './deriveListings.ts';
import { ContentError, loadContent } from './loadContent.ts';
import { contentOriginOf, imageOriginProblems } from './policy/contentSecurityPolicy.ts';
import { publishingProblems, type PublishingOptions } from './publishingOptions.ts';
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
 * site's shape, refuse pages that would share an address and pictures from
 * servers the pages' policy would block, derive listings,
 * feeds and the sitemap. The first stage that finds problems throws a
 * ContentError listing all of them, so no later stage sees bad content.
 */
export async function prepareContent(
  contentDir: string,
  urlPath: string,
  options: PublishingOptions = {},
): Promise<PreparedContent> {
  const optionProblems = publishingProblems(options);
  if (optionProblems.length > 0) throw new ContentError(optionProblems);
  const loaded = await loadContent(contentDir);
  const site = options.siteUrl === undefined ? loaded.site : { ...loaded.site, url: options.siteUrl };
  const shape = siteShape(site, loaded.articles);
  const problems = [
    ...routeCollisions(shape),
    ...imageOriginProblems(articleImages(shape.articles), {
      siteUrl: site.url,
      imageOrigins: site.imageOrigins ?? [],
      contentOrigin: contentOriginOf(options.contentBase),
    }),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  const files = derivedFiles(shape, urlPath);
  if (options.siteUrl !== undefined) {
    // The app reads its canonical address from site.json too: publish the
    // source as written, with the deployment's address in place of its own.
    const source = JSON.parse(await readFile(path.join(contentDir, 'site.json'), 'utf8')) as object;
    files.set(`${urlPath}/site.json`, {
      contents: JSON.stringify({ ...source, url: options.siteUrl }, null, 2),
      contentType: 'application/json',
    });
  }
  return { shape, files, routes: siteRoutes(shape), warnings: loaded.warnings };
}
