import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard } from './ArticleCard';
import { ArticleCardGrid } from './ArticleCardGrid';
import { ArticleCardList } from './ArticleCardList';
import { BlockHeading } from './BlockHeading';
import { leadSizes } from './cardSizes';
import { leadLayout } from './gridCardLayouts';

type Props = {
  lead: ArticleSummary;
  secondaries: ArticleSummary[];
  latest: ArticleSummary[];
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/**
 * The top of the front page: the lead and its secondaries in a column, the
 * latest in a rail beside it from `lg` (below it on narrower screens). The
 * rail is as tall as the column and spreads its stories over that height, so
 * the two end level; the build sizes the rail (FRONT_PAGE_LATEST) so that its
 * stories fill it without crowding.
 */
export function FrontPageTop({ lead, secondaries, latest, renderActions }: Props) {
  return (
    <div className="grid gap-y-block lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:gap-x-8">
      <section aria-label="Top stories" className="flex flex-col gap-6">
        <ArticleCard
          summary={lead}
          layout={leadLayout}
          showsSection
          sizes={leadSizes('lead-column')}
          actions={renderActions?.(lead)}
        />
        {secondaries.length > 0 && (
          <div className="border-t border-rule pt-4 sm:pt-6">
            <ArticleCardGrid
              summaries={secondaries}
              label="More top stories"
              columns={{ sm: 3, lg: 3 }}
              area="lead-column"
              showsSection
              renderActions={renderActions}
            />
          </div>
        )}
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="front-latest" className="flex flex-col lg:border-s lg:border-rule lg:ps-8">
          <BlockHeading id="front-latest">Latest</BlockHeading>
          <div className="flex-1">
            <ArticleCardList
              summaries={latest}
              variant="compact"
              label="Latest stories"
              headingLevel={3}
              showsSection
              fillsHeight
              renderActions={renderActions}
            />
          </div>
        </section>
      )}
    </div>
  );
}
