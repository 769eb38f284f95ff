import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard } from './ArticleCard';
import { ArticleCardGrid } from './ArticleCardGrid';
import { leadSizes } from './cardSizes';
import { leadLayout } from './gridCardLayouts';

type Props = {
  stories: ArticleSummary[];
  /** The first page opens with its newest story as the lead; later pages are the grid alone. */
  hasLead: boolean;
  /** Names the grid: "Koreas articles". */
  label: string;
  showsSection: boolean;
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/** A page of a section's listing: a lead across the page, then a grid as wide as the page. */
export function SectionListing({ stories, hasLead, label, showsSection, renderActions }: Props) {
  const [first, ...rest] = stories;
  const lead = hasLead ? first : undefined;
  const grid = lead ? rest : stories;
  return (
    <>
      {lead && (
        <div className="mb-6 sm:mb-8">
          <ArticleCard
            summary={lead}
            layout={leadLayout}
            showsSection={showsSection}
            sizes={leadSizes('page')}
            actions={renderActions?.(lead)}
          />
        </div>
      )}
      {grid.length > 0 && (
        <div className={lead ? 'border-t border-rule pt-4 sm:pt-6' : ''}>
          <ArticleCardGrid
            summaries={grid}
            label={label}
            columns={{ sm: 2, lg: 3 }}
            area="page"
            showsSection={showsSection}
            renderActions={renderActions}
          />
        </div>
      )}
    </>
  );
}
