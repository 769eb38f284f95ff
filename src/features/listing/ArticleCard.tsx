import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ContentImage } from '@/features/content/ContentImage';
import { articleQuery, sectionPageQuery, siteQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { articlePath } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { useReadingEntry } from '@/features/reader-state/useReaderState';
import { Timestamp } from '@/ui/Timestamp';

/**
 * lead: the front page's top story, a large picture above the headline;
 * standard: a thumbnail beside headline and standfirst;
 * tile: a picture above the headline, for grids;
 * compact: headline and time only, for narrow columns.
 */
export type CardVariant = 'lead' | 'standard' | 'tile' | 'compact';

type Props = {
  summary: ArticleSummary;
  variant?: CardVariant;
  headingLevel?: 2 | 3;
  /** Name the section above the headline, where the listing mixes sections. */
  showsSection?: boolean;
  /** Controls beside the time, such as the save toggle; the route decides. */
  actions?: ReactNode;
};

const layoutByVariant: Record<CardVariant, { card: string; image: string; text: string; headline: string }> =
  {
    lead: { card: 'grid-cols-1 content-start', image: '', text: '', headline: 'text-3xl sm:text-4xl' },
    standard: {
      card: 'grid-cols-[1fr_6.5rem] sm:grid-cols-[12rem_1fr] sm:items-start',
      image: 'col-start-2 row-start-1 sm:col-start-1',
      text: 'col-start-1 row-start-1 sm:col-start-2',
      headline: 'text-lg sm:text-xl',
    },
    tile: { card: 'grid-cols-1 content-start', image: '', text: '', headline: 'text-lg' },
    compact: { card: 'grid-cols-1 content-start', image: '', text: '', headline: 'text-lg' },
  };

/** How wide each layout draws the picture (the page is at most 76rem, tiles four to a row). */
const sizesByVariant: Record<Exclude<CardVariant, 'compact'>, string> = {
  lead: '(min-width: 64rem) 48rem, 100vw',
  standard: '(min-width: 40rem) 12rem, 6.5rem',
  tile: '(min-width: 64rem) 17rem, (min-width: 40rem) 50vw, 100vw',
};

export function ArticleCard({
  summary,
  variant = 'standard',
  headingLevel = 2,
  showsSection = false,
  actions,
}: Props) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const prefetchHandlers = usePrefetchOnIntent((queryClient) => [
    queryClient.query(articleQuery(summary.id)),
    queryClient.query(sectionPageQuery(summary.section, 1)),
  ]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = site.sectionsById[summary.section];
  const layout = layoutByVariant[variant];
  const isRead = useReadingEntry(summary.id) !== undefined;

  return (
    <article className={`relative grid gap-x-4 gap-y-2 ${layout.card}`}>
      {summary.image && variant !== 'compact' && (
        <div className={layout.image}>
          <ContentImage
            src={summary.image.src}
            alt=""
            width={summary.image.width}
            height={summary.image.height}
            isPriority={variant === 'lead'}
            sizes={sizesByVariant[variant]}
          />
        </div>
      )}
      <div className={layout.text}>
        {showsSection && section && (
          <p className="mb-1 font-sans text-xs font-bold tracking-wider text-accent uppercase">
            {section.title}
          </p>
        )}
        <Heading className={`font-serif leading-tight font-bold ${layout.headline}`}>
          <Link
            to={articlePath(site, summary)}
            {...prefetchHandlers}
            className={`after:absolute after:inset-0 hover:underline focus-visible:underline ${isRead ? 'text-muted' : ''}`}
          >
            {summary.headline}
          </Link>
        </Heading>
        {summary.standfirst && (variant === 'lead' || variant === 'standard') && (
          <p className={`mt-1 text-muted ${variant === 'lead' ? 'text-lg' : 'hidden text-base sm:block'}`}>
            {summary.standfirst}
          </p>
        )}
        {/* One line that never wraps: what changes after hydration (a relative time, the Read mark) cannot shift the card. */}
        <div className="mt-2 flex items-center gap-x-3 font-sans text-sm whitespace-nowrap text-muted">
          <Timestamp dateTime={summary.publishedAt} locale={site.language} precision="day" />
          {isRead && (
            <span className="rounded-sm bg-surface px-1.5 py-0.5 text-xs font-semibold tracking-wide uppercase">
              Read
            </span>
          )}
          {actions && <span className="ml-auto">{actions}</span>}
        </div>
      </div>
    </article>
  );
}
