import type { Article } from '../features/content/contract/schema.ts';

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
