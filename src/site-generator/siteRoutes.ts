import type { PageData } from '../features/content/contract/pageData.ts';
import { contentPaths, pageFile, pagePaths } from '../features/content/contract/paths.ts';
import { OFFLINE_PAGE_PATH } from '../features/offline-worker/workerFiles.ts';
import { topicPages } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

/** A page of the site, the file it is written to (relative to the output folder) and the data it reads. */
export type Route = { url: string; file: string; data?: PageData[] };

/** Who a page belongs to, for naming both sides of a collision: a file and where in it. */
type Owner = { file: string; where: string; what: string };
type OwnedRoute = Route & { owner: Owner };

function* ownedRoutes(shape: SiteShape): Generator<OwnedRoute> {
  const app = (what: string): Owner => ({ file: 'the app', where: '', what });
  yield {
    url: pagePaths.front(),
    file: pageFile('/'),
    data: [{ kind: 'front' }],
    owner: app('the front page'),
  };
  yield { url: pagePaths.saved(), file: pageFile('/saved'), owner: app('the saved articles page') };
  yield { url: pagePaths.search(), file: pageFile('/search'), owner: app('the search page') };
  // Rendered without the app's script: the offline worker answers any address with it.
  yield { url: OFFLINE_PAGE_PATH, file: pageFile(OFFLINE_PAGE_PATH), owner: app('the offline page') };
  for (const [index, section] of shape.site.sections.entries()) {
    const node = shape.tree[section.id];
    if (!node) continue;
    const where = `sections[${String(index)}].id`;
    for (let page = 1; page <= shape.pageCount(section.id); page += 1) {
      const url = pagePaths.section(node.path, page);
      const what = page === 1 ? `section "${section.id}"` : `page ${String(page)} of section "${section.id}"`;
      yield {
        url,
        file: pageFile(url),
        data: [{ kind: 'sectionPage', section: section.id, page }],
        owner: { file: 'site.json', where, what },
      };
    }
  }
  // After the sections, so a page that takes a section's address is the one named as taking it.
  for (const page of shape.pages) {
    const url = pagePaths.page(page.id);
    yield {
      url,
      file: pageFile(url),
      data: [{ kind: 'page', id: page.id }],
      owner: { file: contentPaths.page(page.id), where: 'id', what: `page "${page.id}"` },
    };
  }
  for (const { url, data, what } of topicPages(shape)) {
    yield { url, file: pageFile(url), data: [data], owner: { file: 'the app', where: '', what } };
  }
  for (const article of shape.articles) {
    const url = shape.articlePath(article);
    yield {
      url,
      file: pageFile(url),
      // An article shows its links: previous, next, related and "More from" its section.
      data: [
        { kind: 'article', id: article.id },
        { kind: 'articleLinks', id: article.id },
      ],
      owner: { file: contentPaths.article(article.id), where: 'id', what: `article "${article.id}"` },
    };
  }
}

/** Every page of the site with the file it is written to: the app's (the offline page included), sections', the site's own pages, then articles, newest first. */
export function siteRoutes(shape: SiteShape): Route[] {
  return Array.from(ownedRoutes(shape), ({ url, file, data }) =>
    data ? { url, file, data } : { url, file },
  );
}

/**
 * Two pages with one address would overwrite each other's file: a content
 * error naming both owners, e.g. an article with the id of a child section of
 * its own section.
 */
export function routeCollisions(shape: SiteShape): string[] {
  const ownerByUrl = new Map<string, Owner>();
  const problems: string[] = [];
  for (const { url, owner } of ownedRoutes(shape)) {
    const earlier = ownerByUrl.get(url);
    if (!earlier) {
      ownerByUrl.set(url, owner);
      continue;
    }
    const earlierAt = earlier.where ? `${earlier.file} ${earlier.where}` : earlier.file;
    problems.push(
      `${owner.file}: ${owner.where}: the address ${url} of ${owner.what} is already the address of ` +
        `${earlier.what} (${earlierAt}); rename one of them`,
    );
  }
  return problems;
}
