import { useSuspenseQuery } from '@tanstack/react-query';
import { siteQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { SaveToggle } from './SaveToggle';
import { toSavedArticle } from './toSavedArticle';

type Props = { summary: ArticleSummary };

/** The compact save toggle on a headline card. */
export function CardSaveToggle({ summary }: Props) {
  const { data: site } = useSuspenseQuery(siteQuery());
  return <SaveToggle isCompact article={toSavedArticle(site, summary)} />;
}
