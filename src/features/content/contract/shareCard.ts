import { isWebAddress } from './addresses.ts';

/**
 * The picture a link preview shows (Open Graph, Twitter cards): one JPEG per
 * article, per section and for the front page, drawn by the build at this
 * size. The build writes the cards and the page metadata links them, both
 * by the rules here.
 */
export const SHARE_CARD = { width: 1200, height: 630, type: 'image/jpeg' } as const;

/**
 * The site-relative address of a page's share card: `/news/koreas` →
 * `/share-cards/news/koreas/card.jpg`, `/` → `/share-cards/card.jpg`. Each
 * page has a folder of its own, as its index.html does, so no two pages can
 * share a card (`share-cards` is a reserved section id).
 */
export function shareCardPath(pagePath: string): string {
  const folder = pagePath.replace(/^\/+|\/+$/g, '');
  return folder === '' ? '/share-cards/card.jpg' : `/share-cards/${folder}/card.jpg`;
}

type Picture = { src: string; alt: string };

/**
 * The picture a card shows, if any: a file of the content folder. A picture
 * on another server is left off, because the build does not fetch it.
 */
export function cardPicture<T extends Picture>(image: T | undefined): T | undefined {
  return image && !isWebAddress(image.src) ? image : undefined;
}

/** How a section page describes itself, in its metadata and on its card. */
export function sectionDescription(sectionTitle: string, siteName: string): string {
  return `The latest from ${sectionTitle} at ${siteName}.`;
}

/** What a card shows, for its alternative text. */
export type CardSubject =
  | { kind: 'front'; description: string }
  | { kind: 'section'; title: string }
  | { kind: 'article'; headline: string; image?: Picture | undefined };

/**
 * A card's alternative text: an article's picture described as its author
 * described it; otherwise the words on the card, site name first.
 */
export function shareCardAlt(siteName: string, subject: CardSubject): string {
  switch (subject.kind) {
    case 'front':
      return `${siteName}: ${subject.description}`;
    case 'section':
      return `${siteName}: ${subject.title}`;
    case 'article': {
      const alt = cardPicture(subject.image)?.alt.trim() ?? '';
      return alt === '' ? `${siteName}: ${subject.headline}` : alt;
    }
  }
}
