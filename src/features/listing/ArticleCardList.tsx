import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard, type CardVariant } from './ArticleCard';

type Props = {
  summaries: ArticleSummary[];
  headingLevel?: 2 | 3;
  showsSection?: boolean;
  label?: string;
  variant?: CardVariant;
  /** A column divided by rules, or a grid of tiles. */
  isGrid?: boolean;
  /** Controls for each card, such as the save toggle. */
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

export function ArticleCardList({
  summaries,
  headingLevel,
  showsSection,
  label,
  variant,
  isGrid = false,
  renderActions,
}: Props) {
  return (
    <ul
      aria-label={label}
      className={isGrid ? 'grid gap-6 sm:grid-cols-2 lg:grid-cols-4' : 'divide-y divide-rule'}
    >
      {summaries.map((summary) => (
        <li key={summary.id} className={isGrid ? '' : 'py-5 first:pt-0'}>
          <ArticleCard
            summary={summary}
            headingLevel={headingLevel}
            showsSection={showsSection}
            variant={variant}
            actions={renderActions?.(summary)}
          />
        </li>
      ))}
    </ul>
  );
}
