import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/ui/Link';
import { articleLinksQuery, articleQuery, siteQuery } from '@/features/content/contentQueries';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { articlePath } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';

type Props = {
  sectionTitle: string;
  previous?: ArticleSummary | undefined;
  next?: ArticleSummary | undefined;
};

/** The stories published just before and after the article in its section; at a section's end, the one there is. */
export function SectionNeighbours({ sectionTitle, previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav
      aria-label={`Previous and next in ${sectionTitle}`}
      className="mx-auto mt-block max-w-article border-t-thin border-rule pt-4"
    >
      <ul className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {previous && (
          <li>
            <NeighbourLink summary={previous} label={`Previous in ${sectionTitle}`} rel="prev" />
          </li>
        )}
        {next && (
          <li className="sm:col-start-2 sm:text-end">
            <NeighbourLink summary={next} label={`Next in ${sectionTitle}`} rel="next" />
          </li>
        )}
      </ul>
    </nav>
  );
}

type LinkProps = { summary: ArticleSummary; label: string; rel: 'prev' | 'next' };

function NeighbourLink({ summary, label, rel }: LinkProps) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [
      queryClient.query(articleQuery(summary.id)),
      queryClient.query(articleLinksQuery(summary.id)),
    ],
    'article',
  );
  return (
    <Link
      to={articlePath(site, summary)}
      rel={rel}
      {...prefetchHandlers}
      className="group block min-h-11 py-1"
    >
      <span className="block font-sans text-kicker text-accent uppercase">{label}</span>{' '}
      <span className="mt-1 block font-serif text-headline-compact font-[650] text-pretty text-ink group-hover:underline group-focus-visible:underline">
        {summary.headline}
      </span>
    </Link>
  );
}
