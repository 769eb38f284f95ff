import type { Image } from '@/features/content/contract/schema';
import type { Site } from '@/features/content/site';
import { absoluteImageUrl } from './structuredData';

type ArticleFacts = { publishedAt: string; updatedAt?: string; section: string; tags?: string[] };

type Props = {
  site: Site;
  title: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  image?: Pick<Image, 'src' | 'alt' | 'width' | 'height'>;
  article?: ArticleFacts;
  /** schema.org JSON-LD for the page. */
  structuredData?: object;
};

/**
 * The page's description, canonical link, Open Graph and Twitter card tags.
 * React hoists them into <head>, in the prerendered HTML and after every
 * client-side navigation alike.
 */
export function PageMetadata({ site, title, description, url, image, article, structuredData }: Props) {
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
      {image && (
        <>
          <meta property="og:image" content={absoluteImageUrl(site, image.src)} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          <meta property="og:image:alt" content={image.alt} />
          <meta name="twitter:image" content={absoluteImageUrl(site, image.src)} />
          <meta name="twitter:image:alt" content={image.alt} />
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
