import {
  SHARE_CARD,
  shareCardAlt,
  shareCardPath,
  type CardSubject,
} from '@/features/content/contract/shareCard';
import { canonicalUrl, type Site } from '@/features/content/site';

type ArticleFacts = { publishedAt: string; updatedAt?: string; section: string; tags?: string[] };

type Props = {
  site: Site;
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  /** The page whose share card the link preview shows (a section's first page for all its pages), and what it shows. */
  shareCard?: { pagePath: string; subject: CardSubject };
  article?: ArticleFacts;
  /** schema.org JSON-LD for the page. */
  structuredData?: object;
};

/**
 * The page's description, canonical link, Open Graph and Twitter card tags.
 * React hoists them into <head>, in the prerendered HTML and after every
 * client-side navigation alike. The preview picture is the page's share card,
 * which the build draws at the address shareCardPath gives.
 */
export function PageMetadata({ site, title, description, url, shareCard, article, structuredData }: Props) {
  const card = shareCard && {
    url: canonicalUrl(site, shareCardPath(shareCard.pagePath)),
    alt: shareCardAlt(site.name, shareCard.subject),
  };
  return (
    <>
      <meta name="description" content={description} />
      <link rel="canonical" href={url} />
      <meta property="og:site_name" content={site.name} />
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={site.language.replace('-', '_')} />
      {card && (
        <>
          <meta property="og:image" content={card.url} />
          <meta property="og:image:type" content={SHARE_CARD.type} />
          <meta property="og:image:width" content={String(SHARE_CARD.width)} />
          <meta property="og:image:height" content={String(SHARE_CARD.height)} />
          <meta property="og:image:alt" content={card.alt} />
          <meta name="twitter:image" content={card.url} />
          <meta name="twitter:image:alt" content={card.alt} />
        </>
      )}
      {article && (
        <>
          <meta property="article:published_time" content={article.publishedAt} />
          <meta property="article:modified_time" content={article.updatedAt ?? article.publishedAt} />
          <meta property="article:section" content={article.section} />
          {article.tags?.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      )}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {structuredData && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: jsonForScript(structuredData) }}
        />
      )}
    </>
  );
}

/** JSON inside a script element: `<` is escaped so no content can close the element. */
function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
