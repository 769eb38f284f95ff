import { SectionNeighbours } from '@/features/article/SectionNeighbours';
import type { ArticleLinks, Section } from '@/features/content/contract/schema';
import { ArticleCardList } from '@/features/listing/ArticleCardList';
import { renderSaveToggle } from './renderSaveToggle';

type Props = { links: ArticleLinks | null; section: Section };

/** Below the article, before "More from": previous and next in its section, then related stories. */
export function ArticleFoot({ links, section }: Props) {
  // Without its links document the article shows on its own (articleLinksQuery).
  if (!links) return null;
  return (
    <>
      <SectionNeighbours sectionTitle={section.title} previous={links.previous} next={links.next} />
      {links.related.length > 0 && (
        <aside aria-labelledby="related-stories" className="mx-auto mt-block max-w-article">
          <h2
            id="related-stories"
            className="mb-4 border-t-thick border-rule-strong pt-2 font-sans text-kicker text-ink uppercase"
          >
            Related stories
          </h2>
          <ArticleCardList
            renderActions={renderSaveToggle}
            summaries={links.related}
            headingLevel={3}
            showsSection
          />
        </aside>
      )}
    </>
  );
}
