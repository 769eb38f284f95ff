// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Inline } from '../features/content/contract/inlineMarkup';
import { contentPaths } from '../features/content/contract/paths';
import type { Block } from '../features/content/contract/schema';
import { loadContent } from './loadContent';
import { pullQuoteEchoes } from './pullQuoteEchoes';
import { siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';

/** The shipped sample publication must stay valid and as rich as the product promises. */
const contentDir = path.resolve(import.meta.dirname, '../../public/content');
const { site, articles, pages } = await loadContent(contentDir);

const inSection = (id: string) => articles.filter((article) => article.section === id);
const images = articles.flatMap((article) => [
  ...(article.image ? [article.image] : []),
  ...article.body.flatMap((block) => (block.type === 'image' ? [block] : [])),
]);
const hasBlock = (type: string) =>
  articles.filter((article) => article.body.some((block) => block.type === type));

/** Every site-relative link in a body's paragraphs and lists, with the file it is in. */
function siteLinks(label: string, body: readonly Block[]): { label: string; href: string }[] {
  const hrefs = (nodes: Inline[]): string[] =>
    nodes.flatMap((node) =>
      node.kind === 'link'
        ? [node.href, ...hrefs(node.children)]
        : node.kind === 'text'
          ? []
          : hrefs(node.children),
    );
  return body
    .flatMap((block) =>
      block.type === 'paragraph'
        ? hrefs(block.text)
        : block.type === 'list'
          ? block.items.flatMap(hrefs)
          : [],
    )
    .filter((href) => href.startsWith('/'))
    .map((href) => ({ label, href }));
}

describe('the sample content', () => {
  it('ships the site’s own pages: about, contact, corrections policy and privacy', () => {
    expect(pages.map((page) => page.id)).toEqual(['about', 'contact', 'corrections', 'privacy']);
  });

  it('links from its pages only to pages the site has', () => {
    const shape = siteShape(site, articles, pages);
    const addresses = new Set(siteRoutes(shape).map((route) => route.url));
    const links = pages.flatMap((page) => siteLinks(`pages/${page.id}.json`, page.body));

    expect(links.length).toBeGreaterThan(5);
    expect(links.filter(({ href }) => !addresses.has(href))).toEqual([]);
  });

  it('has at least 40 articles in at least 5 sections', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(site.sections.length).toBeGreaterThanOrEqual(5);
  });

  it('has News with Koreas and two other child sections, and enough Koreas articles for two pages', () => {
    const newsChildren = site.sections
      .filter((section) => section.parent === 'news')
      .map((section) => section.id);
    expect(newsChildren).toContain('koreas');
    expect(newsChildren.length).toBeGreaterThanOrEqual(3);
    expect(inSection('koreas').length).toBeGreaterThanOrEqual(25);
  });

  it('gives every article a hero image with caption and credit', () => {
    const missing = articles.filter((article) => !article.image?.caption || !article.image.credit);
    expect(missing.map((article) => article.id)).toEqual([]);
  });

  it('has a pull quote in at least half of the articles, and links, headings and lists', () => {
    expect(hasBlock('pullquote').length * 2).toBeGreaterThanOrEqual(articles.length);
    expect(hasBlock('heading').length).toBeGreaterThan(0);
    expect(hasBlock('list').length).toBeGreaterThan(0);
    const withLinks = articles.filter((article) =>
      article.body.some(
        (block) => block.type === 'paragraph' && block.text.some((node) => node.kind === 'link'),
      ),
    );
    expect(withLinks.length).toBeGreaterThan(articles.length / 2);
  });

  it('has pull quotes that pick out lines the reader has not just read', () => {
    const echoes = articles.flatMap((article) =>
      pullQuoteEchoes(contentPaths.article(article.id), article.body),
    );
    expect(echoes).toEqual([]);
  });

  it('ships every image it references, at the width and height the JSON declares', async () => {
    for (const image of images) {
      if (image.src.endsWith('.svg')) {
        const svg = await readFile(path.join(contentDir, image.src), 'utf8');
        const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
        expect(root, image.src).toContain(`width="${String(image.width)}"`);
        expect(root, image.src).toContain(`height="${String(image.height)}"`);
      } else {
        const { width, height } = await sharp(path.join(contentDir, image.src)).metadata();
        expect([width, height], image.src).toEqual([image.width, image.height]);
      }
    }
  });

  it('has photos (JPEG) as heroes and in a body, so the image variants run on real content', () => {
    const photoHeroes = articles.filter((article) => article.image?.src.endsWith('.jpg'));
    const photoBodies = articles.filter((article) =>
      article.body.some((block) => block.type === 'image' && block.src.endsWith('.jpg')),
    );
    expect(photoHeroes.length).toBeGreaterThanOrEqual(6);
    expect(photoBodies.length).toBeGreaterThanOrEqual(1);
  });
});
