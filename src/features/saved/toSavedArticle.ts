import type { ArticleSummary } from '@/features/content/contract/schema';
import { articlePath, type Site } from '@/features/content/site';
import type { SavedArticle } from '@/features/reader-state/savedArticles';

/** What a saved entry keeps of an article, so /saved can list it without fetching. */
export function toSavedArticle(site: Site, summary: ArticleSummary): Omit<SavedArticle, 'savedAt'> {
  const sectionTitle = site.sectionsById[summary.section]?.title;
  return {
    id: summary.id,
    path: articlePath(site, summary),
    headline: summary.headline,
    publishedAt: summary.publishedAt,
    ...(sectionTitle === undefined ? {} : { sectionTitle }),
    ...(summary.image ? { image: summary.image } : {}),
  };
}
