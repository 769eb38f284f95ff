import type { ReactNode } from 'react';
import { Link } from '@/ui/Link';
import { sectionPageQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { ArticleCardGrid } from './ArticleCardGrid';
import { BlockHeading } from './BlockHeading';

type Props = {
  section: SectionNode;
  stories: ArticleSummary[];
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/** A section's block on the front page: its heading links to the section, then a row of its stories. */
export function SectionBlock({ section, stories, renderActions }: Props) {
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [queryClient.query(sectionPageQuery(section.id, 1))],
    'section',
  );
  const headingId = `front-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-block">
      <BlockHeading id={headingId}>
        <Link
          to={section.path}
          className="inline-flex min-h-11 items-center gap-1.5 hover:text-accent"
          {...prefetchHandlers}
        >
          {section.title} <span aria-hidden="true">→</span>
        </Link>
      </BlockHeading>
      <ArticleCardGrid
        summaries={stories}
        label={`${section.title} stories`}
        columns={{ sm: 2, lg: 4 }}
        area="page"
        headingLevel={3}
        showsSection={section.children.length > 0}
        renderActions={renderActions}
      />
    </section>
  );
}
