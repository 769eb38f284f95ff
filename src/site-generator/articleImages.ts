import * as v from 'valibot';
import { blockSchema, imageSchema, type Article } from '../features/content/contract/schema.ts';

export type ArticleImage = {
  /** The article's file, `articles/{id}.json`. */
  label: string;
  /** Where in the file: `image` (the hero) or `body[3]`. */
  where: string;
  image: { src: string; width: number; height: number };
};

/** Every image the articles show, hero and body, with where each is declared. */
export function* articleImages(articles: readonly Article[]): Generator<ArticleImage> {
  for (const article of articles) {
    const label = `articles/${article.id}.json`;
    if (article.image) yield { label, where: 'image', image: article.image };
    for (const [index, block] of article.body.entries()) {
      if (block.type === 'image') yield { label, where: `body[${String(index)}]`, image: block };
    }
  }
}

/**
 * The images of an article source that breaks the contract: its hero and
 * image blocks, each read on its own, so their files are checked in the same
 * run. An image that breaks the contract itself is left out (it is reported there).
 */
export function salvagedArticleImages(label: string, data: unknown): ArticleImage[] {
  if (data === null || typeof data !== 'object') return [];
  const hero = v.safeParse(imageSchema, Reflect.get(data, 'image'));
  const body: unknown = Reflect.get(data, 'body');
  return [
    ...(hero.success ? [{ label, where: 'image', image: hero.output }] : []),
    ...(Array.isArray(body) ? body : []).flatMap((block: unknown, index) => {
      const parsed = v.safeParse(blockSchema, block);
      const isImage = parsed.success && parsed.output.type === 'image';
      return isImage ? [{ label, where: `body[${String(index)}]`, image: parsed.output }] : [];
    }),
  ];
}
