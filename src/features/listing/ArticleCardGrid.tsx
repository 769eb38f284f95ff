import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard } from './ArticleCard';
import { gridCardSizes, type CardArea } from './cardSizes';
import { gridPlacements, type GridColumns } from './rowSpans';
import { tileLayout } from './gridCardLayouts';

type Props = {
  summaries: ArticleSummary[];
  label: string;
  /** Cards per row from `sm` and from `lg`; a phone shows one per row. */
  columns: GridColumns;
  /** Where the grid sits, for the width its pictures are drawn at. */
  area: CardArea;
  headingLevel?: 2 | 3;
  showsSection?: boolean;
  /** Controls for each card, such as the save toggle. */
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/**
 * Tiles on a 12-column grid, a hairline between rows. A shorter last row is
 * shared evenly by its cards (see rowSpans), so the grid has no empty slot.
 */
export function ArticleCardGrid({
  summaries,
  label,
  columns,
  area,
  headingLevel,
  showsSection,
  renderActions,
}: Props) {
  const placements = gridPlacements(summaries.length, columns);
  return (
    <ul aria-label={label} className="grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-12 sm:gap-y-6">
      {summaries.map((summary, index) => {
        const placement = placements[index];
        return (
          <li key={summary.id} className={`border-rule ${placement?.className ?? ''}`}>
            <ArticleCard
              summary={summary}
              layout={tileLayout}
              headingLevel={headingLevel}
              showsSection={showsSection}
              sizes={placement && gridCardSizes(area, placement.spans)}
              actions={renderActions?.(summary)}
            />
          </li>
        );
      })}
    </ul>
  );
}
