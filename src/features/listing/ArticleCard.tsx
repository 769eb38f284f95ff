import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from '@/ui/Link';
import { ContentImage } from '@/features/content/ContentImage';
import { articleLinksQuery, articleQuery, siteQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { warmHeroImage } from '@/features/content/heroImage';
import { articlePath } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { useReadingEntry } from '@/features/reader-state/useReaderState';
import { formatReadingTime } from '@/lib/readingTimeFormat';
import { Timestamp } from '@/ui/Timestamp';
import type { CardLayout } from './cardLayouts';

type Props = {
  summary: ArticleSummary;
  layout: CardLayout;
  headingLevel?: 2 | 3;
  /** Name the section above the headline, where the listing mixes sections. */
  showsSection?: boolean;
  /** How wide the picture is drawn (`<img sizes>`); the listing that places the card knows. */
  sizes?: string;
  /** Controls beside the time, such as the save toggle; the route decides. */
  actions?: ReactNode;
};

export function ArticleCard({
  summary,
  layout,
  headingLevel = 2,
  showsSection = false,
  sizes = '100vw',
  actions,
}: Props) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const path = articlePath(site, summary);
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => {
      // Not waited for: the headline shows without it, and the hero finds whatever has arrived.
      if (summary.image) void warmHeroImage(summary.image);
      return [queryClient.query(articleQuery(summary.id)), queryClient.query(articleLinksQuery(summary.id))];
    },
    'article',
    path,
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = site.sectionsById[summary.section];
  const isRead = useReadingEntry(summary.id) !== undefined;

  return (
    <article data-card className="@container relative h-full">
      <div className={layout.body}>
        {summary.image && layout.showsPicture && (
          <div className={layout.image}>
            <ContentImage
              src={summary.image.src}
              alt=""
              width={summary.image.width}
              height={summary.image.height}
              // Only a lead is likely the largest paint; every other picture waits for the viewport.
              isPriority={layout.isPriority}
              sizes={sizes}
              className={`object-cover ${layout.crop}`}
            />
          </div>
        )}
        <div className={layout.text}>
          {showsSection && section && (
            <p className="mb-1 font-sans text-kicker text-accent uppercase">{section.title}</p>
          )}
          <Heading className={`font-serif ${layout.headline}`}>
            <Link
              to={path}
              {...prefetchHandlers}
              className={`after:absolute after:inset-0 hover:underline focus-visible:underline ${isRead ? 'text-muted' : ''}`}
            >
              {summary.headline}
            </Link>
          </Heading>
          {summary.standfirst && (
            <p className={`font-serif text-muted ${layout.standfirst}`}>{summary.standfirst}</p>
          )}
          {/* One line, with room to spare at every card width, so what changes after hydration (a relative
              time, the Read mark) cannot shift the card. Only text far larger than designed for wraps it. */}
          <div className="mt-auto flex min-h-5 flex-wrap items-center gap-x-3 pt-2 font-sans text-meta whitespace-nowrap text-muted">
            <Timestamp dateTime={summary.publishedAt} locale={site.language} precision="day" />
            {summary.readingMinutes !== undefined && layout.readingTime && (
              <span className={layout.readingTime}>
                {formatReadingTime(summary.readingMinutes, site.language)}
              </span>
            )}
            {isRead && (
              <span className="rounded-sm bg-surface px-1.5 font-semibold tracking-wide uppercase">Read</span>
            )}
            {/* The toggle's 44 px target overlaps the card's padding instead of making the line taller. */}
            {actions && <span className="-my-3 ms-auto -me-3 flex">{actions}</span>}
          </div>
        </div>
      </div>
    </article>
  );
}
