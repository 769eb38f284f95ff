import { pagePaths } from '@/features/content/contract/paths';
import type { Article, ArticleSummary } from '@/features/content/contract/schema';
import { resolveContentUrl } from '@/features/content/contentUrl';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { articlePath, canonicalUrl, type Site } from '@/features/content/site';

/** Absolute URL of a content image, for metadata that leaves the site. */
export function absoluteImageUrl(site: Site, src: string): string {
  return new URL(resolveContentUrl(src), site.url).toString();
}

function breadcrumbList(site: Site, section: SectionNode, last?: { name: string; url: string }) {
  const steps = section.trail.map((step) => ({
    name: step.title,
    url: canonicalUrl(site, site.sectionsById[step.id]?.path ?? '/'),
  }));
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [...steps, ...(last ? [last] : [])].map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: step.url,
    })),
  };
}

/** The named authors as Persons with their pages, else the byline's name, else the publisher. */
function articleAuthors(site: Site, article: Article, publisher: object) {
  const people = (article.authors ?? []).flatMap((id) => {
    const author = site.authors?.find((candidate) => candidate.id === id);
    return author
      ? [{ '@type': 'Person', name: author.name, url: canonicalUrl(site, pagePaths.author(id)) }]
      : [];
  });
  if (people.length > 0) return people;
  return article.byline ? [{ '@type': 'Person', name: article.byline }] : [publisher];
}

/** schema.org NewsArticle and BreadcrumbList for an article page; every URL absolute. */
export function articleStructuredData(site: Site, article: Article, section: SectionNode) {
  const url = canonicalUrl(site, articlePath(site, article));
  const publisher = { '@type': 'Organization', name: site.name, url: canonicalUrl(site, '/') };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: article.headline,
        ...(article.standfirst ? { description: article.standfirst } : {}),
        ...(article.image ? { image: [absoluteImageUrl(site, article.image.src)] } : {}),
        datePublished: article.publishedAt,
        dateModified: article.updatedAt ?? article.publishedAt,
        author: articleAuthors(site, article, publisher),
        publisher,
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        articleSection: section.title,
        ...(article.tags ? { keywords: article.tags } : {}),
        inLanguage: site.language,
      },
      breadcrumbList(site, section, { name: article.headline, url }),
    ],
  };
}

/** schema.org CollectionPage whose main entity is the list of the page's articles. */
export function sectionStructuredData(
  site: Site,
  section: SectionNode,
  url: string,
  items: ArticleSummary[],
) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'CollectionPage',
        name: section.title,
        url,
        inLanguage: site.language,
        isPartOf: { '@type': 'WebSite', name: site.name, url: canonicalUrl(site, '/') },
        mainEntity: {
          '@type': 'ItemList',
          itemListElement: items.map((item, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            url: canonicalUrl(site, articlePath(site, item)),
            name: item.headline,
          })),
        },
      },
      breadcrumbList(site, section),
    ],
  };
}
