import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The sample publication, read straight from public/content, so the browser
 * tests look for what the content really says instead of hard-coding it.
 */
const contentDir = path.resolve(import.meta.dirname, '../../public/content');

type SampleImage = {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
};
type SampleBlock = { type: string; text?: string; attribution?: string; src?: string };
export type SampleArticle = {
  id: string;
  section: string;
  headline: string;
  standfirst?: string;
  publishedAt: string;
  image?: SampleImage;
  shareCount?: number;
  body: SampleBlock[];
};
type SampleSection = { id: string; title: string; parent?: string };
type SampleSite = {
  name: string;
  url: string;
  description: string;
  sections: SampleSection[];
  mirrors?: string[];
};

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(contentDir, file), 'utf8'));
}

export const site = readJson('site.json') as SampleSite;

export const articles = readdirSync(path.join(contentDir, 'articles'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => readJson(`articles/${file}`) as SampleArticle);

export type SamplePage = { id: string; title: string; description?: string; updatedAt?: string };

/** The site's own pages (about, contact …), by id as the build lists them. */
export const sitePages = readdirSync(path.join(contentDir, 'pages'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => readJson(`pages/${file}`) as SamplePage);

/** A page of the site's own, by id; throws if the sample content has no such page. */
export function sitePage(id: string): SamplePage {
  const found = sitePages.find((page) => page.id === id);
  if (!found) throw new Error(`the sample content has no page ${id}`);
  return found;
}

export function sectionPath(sectionId: string): string {
  const section = site.sections.find((candidate) => candidate.id === sectionId);
  if (!section) throw new Error(`no section ${sectionId}`);
  return section.parent ? `${sectionPath(section.parent)}/${section.id}` : `/${section.id}`;
}

export function articlePath(article: SampleArticle): string {
  return `${sectionPath(article.section)}/${article.id}`;
}

/** A section's articles, its descendants' included, newest first, as the listing shows them. */
export function listing(sectionId: string): SampleArticle[] {
  const inside = (id: string): boolean => {
    if (id === sectionId) return true;
    const parent = site.sections.find((section) => section.id === id)?.parent;
    return parent !== undefined && inside(parent);
  };
  return articles
    .filter((article) => inside(article.section))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? -1 : 1));
}

export const articleWithPullquote = (() => {
  const found = articles.find((article) =>
    article.body.some((block) => block.type === 'pullquote' && block.attribution),
  );
  if (!found) throw new Error('the sample content has no pull quote with an attribution');
  return found;
})();

/** The article at `index` of a listing; throws if the sample content is too small for the test. */
export function nth(list: SampleArticle[], index: number): SampleArticle {
  const article = list[index];
  if (!article) throw new Error(`the sample listing has no article ${String(index)}`);
  return article;
}

/**
 * The stories on one page of a listing (newest first): page 1 the newest 20,
 * pages 2 … the archive in twenties counted from the oldest, page 2 the
 * oldest (as src/features/content/contract/listingPages.ts cuts them).
 */
export function listingPage<T>(newestFirst: readonly T[], page: number): T[] {
  if (page === 1) return newestFirst.slice(0, 20);
  const total = newestFirst.length;
  return newestFirst.slice(Math.max(0, total - (page - 1) * 20), total - (page - 2) * 20);
}
