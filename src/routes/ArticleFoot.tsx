import { SectionNeighbours } from '@/features/article/SectionNeighbours';
import type { ArticleLinks, Section } from '@/features/content/contract/schema';
import { ArticleCardList } from '@/features/listing/ArticleCardList';
import { renderSaveToggle } from './renderSaveToggle';

type Props = { links: ArticleLinks | null; section: Section };

/**
 * Below the article: previous and next in its section, related stories and
 * "More from" its section, all from the article's links document, all
 * earlier coverage but next (deriveArticleLinks). Its code loads once the
 * page is interactive (deferredRegion, lazyRoutes.ts).
 */
export function ArticleFoot({ links, section }: Props) {
  const more = links?.moreFromSection ?? [];
  return (
    <>
      {/* Without its links document the article shows on its own (articleLinksQuery). */}
      {links && (
        <SectionNeighbours sectionTitle={section.title} previous={links.previous} next={links.next} />
      )}
      {links && links.related.length > 0 && (
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
      {more.length > 0 && (
        <aside aria-labelledby="more-from-section" className="mx-auto mt-block max-w-article">
          <h2
            id="more-from-section"
            className="mb-4 border-t-thick border-rule-strong pt-2 font-sans text-kicker text-ink uppercase"
          >
            More from {section.title}
          </h2>
          <ArticleCardList renderActions={renderSaveToggle} summaries={more} headingLevel={3} />
        </aside>
      )}
    </>
  );
}
