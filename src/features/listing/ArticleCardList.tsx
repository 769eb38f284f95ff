import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard } from './ArticleCard';
import { compactLayout, STANDARD_SIZES, standardLayout } from './cardLayouts';

type Props = {
  summaries: ArticleSummary[];
  /** Thumbnail rows with standfirsts, or compact headlines for a rail. */
  variant?: 'standard' | 'compact';
  label?: string;
  headingLevel?: 2 | 3;
  showsSection?: boolean;
  /** Spread the items over the height the list is given, so it ends level with the column beside it. */
  fillsHeight?: boolean;
  /** Controls for each card, such as the save toggle. */
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/** Cards in a column, a hairline between each. */
export function ArticleCardList({
  summaries,
  variant = 'standard',
  label,
  headingLevel,
  showsSection,
  fillsHeight = false,
  renderActions,
}: Props) {
  return (
    <ul
      aria-label={label}
      className={`divide-y divide-rule ${fillsHeight ? 'flex h-full flex-col justify-between' : ''}`}
    >
      {summaries.map((summary) => (
        <li
          key={summary.id}
          className={variant === 'compact' ? 'py-3.5 first:pt-0 last:pb-0' : 'py-5 first:pt-0'}
        >
          <ArticleCard
            summary={summary}
            layout={variant === 'compact' ? compactLayout : standardLayout}
            headingLevel={headingLevel}
            showsSection={showsSection}
            sizes={STANDARD_SIZES}
            actions={renderActions?.(summary)}
          />
        </li>
      ))}
    </ul>
  );
}
