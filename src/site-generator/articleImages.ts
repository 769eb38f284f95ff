import * as v from 'valibot';
import { contentPaths } from '../features/content/contract/paths.ts';
import { blockSchema, imageSchema, type Block, type Page } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';

export type ArticleImage = {
  /** The article's or page's file, `articles/{id}.json` or `pages/{id}.json`. */
  label: string;
  /** Where in the file: `image` (the hero) or `body[3]`. */
  where: string;
  image: { src: string; width: number; height: number };
};

function* bodyImages(label: string, body: readonly Block[]): Generator<ArticleImage> {
  for (const [index, block] of body.entries()) {
    if (block.type === 'image') yield { label, where: `body[${String(index)}]`, image: block };
  }
}

/** Every image the articles and pages show, heroes and bodies, with where each is declared. */
export function* articleImages(
  articles: readonly Pick<ListedArticle, 'id' | 'image' | 'bodyImages'>[],
  pages: readonly Page[] = [],
): Generator<ArticleImage> {
  for (const article of articles) {
    const label = contentPaths.article(article.id);
    if (article.image) yield { label, where: 'image', image: article.image };
    for (const { where, image } of article.bodyImages) yield { label, where, image };
  }
  for (const page of pages) yield* bodyImages(contentPaths.page(page.id), page.body);
}

/** The image blocks of a source's body that pass the contract on their own. */
function salvagedBodyImages(label: string, data: object): ArticleImage[] {
  const body: unknown = Reflect.get(data, 'body');
  return (Array.isArray(body) ? body : []).flatMap((block: unknown, index) => {
    const parsed = v.safeParse(blockSchema, block);
    const isImage = parsed.success && parsed.output.type === 'image';
    return isImage ? [{ label, where: `body[${String(index)}]`, image: parsed.output }] : [];
  });
}

/**
 * The images of an article source that breaks the contract: its hero and
 * image blocks, each read on its own, so their files are checked in the same
 * run. An image that breaks the contract itself is left out (it is reported there).
 */
export function salvagedArticleImages(label: string, data: unknown): ArticleImage[] {
  if (data === null || typeof data !== 'object') return [];
  const hero = v.safeParse(imageSchema, Reflect.get(data, 'image'));
  return [
    ...(hero.success ? [{ label, where: 'image', image: hero.output }] : []),
    ...salvagedBodyImages(label, data),
  ];
}

/** The image blocks of a page source that breaks the contract (pages have no hero). */
export function salvagedPageImages(label: string, data: unknown): ArticleImage[] {
  return data === null || typeof data !== 'object' ? [] : salvagedBodyImages(label, data);
}
