import type { ReactNode } from 'react';
import { Link } from '@/ui/Link';
import type { ArticleSummary } from '@/features/content/contract/schema';
import type { Site } from '@/features/content/site';
import { storiesSince } from '@/features/reader-state/followedListings';
import { newestAcross } from '@/features/reader-state/newStories';
import { useFollowedListings } from '@/features/reader-state/useFollowedListings';
import { ArticleCardGrid } from './ArticleCardGrid';
import { BlockHeading } from './BlockHeading';
import { useFollowedPages } from './useFollowedPages';

/** Two rows of three on a desktop: enough to catch up, not a second front page. */
const MOST_CARDS = 6;

type Props = {
  site: Site;
  renderActions?: (summary: ArticleSummary) => ReactNode;
};

/**
 * "New in what you follow" on the front page: the newest stories published
 * in the reader's followed sections and topics since they last opened them,
 * each once, and a link to each of those listings. Nothing of it is
 * prerendered (the server knows no reader); it appears once the reader's
 * listings have answered, and not at all when nothing is followed or new.
 */
export function FollowedNews({ site, renderActions }: Props) {
  const { entries } = useFollowedListings();
  const pages = useFollowedPages(site, entries);
  const stories = pages ? newestAcross(pages, MOST_CARDS) : [];
  if (!pages || stories.length === 0) return null;
  return (
    <section aria-labelledby="front-following" className="mt-block">
      <BlockHeading id="front-following">New in what you follow</BlockHeading>
      <ul aria-label="What you follow" className="mb-6 flex flex-wrap gap-2 font-sans text-control">
        {pages.map((page) => {
          const newCount = storiesSince(page.items, page.lastOpened).length;
          return (
            <li key={page.key}>
              <Link
                to={page.path}
                className="inline-flex min-h-11 items-center gap-2 rounded-full border-thin border-rule px-4 hover:border-ink"
              >
                {page.title}
                {/* A flex item, so it reads "Koreas 2 new", as in the navigation. */}
                {newCount > 0 && <span className="text-accent">{newCount} new</span>}
              </Link>
            </li>
          );
        })}
      </ul>
      <ArticleCardGrid
        summaries={stories}
        label="New stories in what you follow"
        columns={{ sm: 2, lg: 3 }}
        area="page"
        headingLevel={3}
        showsSection
        renderActions={renderActions}
      />
    </section>
  );
}
