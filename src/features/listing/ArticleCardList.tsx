import type { ArticleSummary } from '@/features/content/contract/schema';
import { ArticleCard } from './ArticleCard';

type Props = {
  summaries: ArticleSummary[];
  headingLevel?: 2 | 3;
  showsSection?: boolean;
  label?: string;
};

export function ArticleCardList({ summaries, headingLevel, showsSection, label }: Props) {
  return (
    <ul aria-label={label} className="divide-y divide-rule">
      {summaries.map((summary) => (
        <li key={summary.id} className="py-5 first:pt-0">
          <ArticleCard summary={summary} headingLevel={headingLevel} showsSection={showsSection} />
        </li>
      ))}
    </ul>
  );
}
