import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ContentImage } from '@/features/content/ContentImage';
import { articleQuery, sectionPageQuery, siteQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { articlePath } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { Timestamp } from '@/ui/Timestamp';

type Props = {
  summary: ArticleSummary;
  headingLevel?: 2 | 3;
  /** The front page's top story: a large picture above the headline. */
  isLead?: boolean;
  /** Name the section above the headline, where the listing mixes sections. */
  showsSection?: boolean;
};

export function ArticleCard({ summary, headingLevel = 2, isLead = false, showsSection = false }: Props) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const prefetchHandlers = usePrefetchOnIntent((queryClient) => [
    queryClient.query(articleQuery(summary.id)),
    queryClient.query(sectionPageQuery(summary.section, 1)),
  ]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = site.sectionsById[summary.section];

  return (
    <article
      className={`relative grid gap-x-4 gap-y-2 ${
        isLead ? 'grid-cols-1' : 'grid-cols-[1fr_6.5rem] sm:grid-cols-[12rem_1fr] sm:items-start'
      }`}
    >
      {summary.image && (
        <div className={isLead ? '' : 'col-start-2 row-start-1 sm:col-start-1'}>
          <ContentImage
            src={summary.image.src}
            alt=""
            width={summary.image.width}
            height={summary.image.height}
            isPriority={isLead}
            sizes={isLead ? '(min-width: 76rem) 48rem, 100vw' : '12rem'}
          />
        </div>
      )}
      <div className={isLead ? '' : 'col-start-1 row-start-1 sm:col-start-2'}>
        {showsSection && section && (
          <p className="mb-1 font-sans text-xs font-bold tracking-wider text-accent uppercase">
            {section.title}
          </p>
        )}
        <Heading
          className={`font-serif leading-tight font-bold ${isLead ? 'text-3xl sm:text-4xl' : 'text-lg sm:text-xl'}`}
        >
          <Link
            to={articlePath(site, summary)}
            {...prefetchHandlers}
            className="after:absolute after:inset-0 hover:underline focus-visible:underline"
          >
            {summary.headline}
          </Link>
        </Heading>
        {summary.standfirst && (
          <p className={`mt-1 text-muted ${isLead ? 'text-lg' : 'hidden text-base sm:block'}`}>
            {summary.standfirst}
          </p>
        )}
        <Timestamp
          dateTime={summary.publishedAt}
          locale={site.language}
          className="mt-2 block font-sans text-sm text-muted"
        />
      </div>
    </article>
  );
}
