import { readingMinutes } from '../features/content/contract/readingTime.ts';
import type { Article } from '../features/content/contract/schema.ts';

/** An image block of a body, with where it is declared (`body[3]`): what the image checks and variants need of it. */
export type BodyImage = { where: string; image: { src: string; width: number; height: number } };

/**
 * An article as everything but its own page takes it (listings, links, feeds,
 * sitemaps, search plans, image checks): every field but the body, with the
 * two things the body gives them, its reading time and its images. Small
 * enough to keep for a whole archive between publishes (checkedArticles.ts),
 * so a publish reads and checks only the article files that changed.
 */
export type ListedArticle = Omit<Article, 'body'> & {
  readingMinutes: number;
  bodyImages: BodyImage[];
};

/** The image blocks of an article's body, with where each is declared. */
export function bodyImagesOf(body: Article['body']): BodyImage[] {
  const bodyImages: BodyImage[] = [];
  body.forEach((block, index) => {
    if (block.type === 'image') {
      const { src, width, height } = block;
      bodyImages.push({ where: `body[${String(index)}]`, image: { src, width, height } });
    }
  });
  return bodyImages;
}

/** The listed form of a checked article: a new object, without the body. */
export function listedArticle(article: Article): ListedArticle {
  const { body, ...fields } = article;
  return { ...fields, readingMinutes: readingMinutes(body), bodyImages: bodyImagesOf(body) };
}

/**
 * What checking one valid article file found: the article as listed, the
 * characters it had mended and the pull quotes that echo their neighbours
 * (warnings). The same bytes against the same site.json find the same, so a
 * publish keeps it by the file's digest (checkedArticles.ts).
 */
export type CheckedArticle = { listed: ListedArticle; mended: string[]; echoes: string[] };
