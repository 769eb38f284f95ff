import type { ArticleSummary } from '@/features/content/contract/schema';
import { articlePath, canonicalUrl, type Site } from '@/features/content/site';

/**
 * schema.org for a topic's or an author's listing: a CollectionPage of the
 * page's articles, or a ProfilePage whose main entity is the author. Its own
 * module, so the article page's script does not carry it.
 */
export function listingStructuredData(
  site: Site,
  url: string,
  name: string,
  items: ArticleSummary[],
  person?: { name: string; role?: string | undefined; bio?: string | undefined },
) {
  const itemList = {
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: canonicalUrl(site, articlePath(site, item)),
      name: item.headline,
    })),
  };
  const page = {
    name,
    url,
    inLanguage: site.language,
    isPartOf: { '@type': 'WebSite', name: site.name, url: canonicalUrl(site, '/') },
  };
  return {
    '@context': 'https://schema.org',
    ...(person
      ? {
          '@type': 'ProfilePage',
          ...page,
          mainEntity: {
            '@type': 'Person',
            name: person.name,
            url,
            ...(person.role ? { jobTitle: person.role } : {}),
            ...(person.bio ? { description: person.bio } : {}),
            worksFor: { '@type': 'NewsMediaOrganization', name: site.name },
          },
          hasPart: itemList,
        }
      : { '@type': 'CollectionPage', ...page, mainEntity: itemList }),
  };
}
