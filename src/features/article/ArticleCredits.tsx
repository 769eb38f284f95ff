import type { Article } from '@/features/content/contract/schema';
import { formatReadingTime } from '@/lib/readingTimeFormat';
import { Byline } from './Byline';

type Props = {
  article: Article;
  locale: string;
  authors: { id: string; name: string }[];
  /** From the article's links document; without it the dateline leaves the reading time out. */
  readingMinutes: number | undefined;
};

/**
 * The dateline's first part: who wrote the article and how long it takes to
 * read. Plain links and text until the page is interactive, so its code
 * loads after (lazyRoutes.ts).
 */
export function ArticleCredits({ article, locale, authors, readingMinutes }: Props) {
  return (
    // The byline shares its line with the reading time, which never gives way.
    <div className="flex min-w-0 items-baseline gap-x-2">
      {(article.byline !== undefined || authors.length > 0) && (
        <>
          <p className="min-w-0 truncate font-semibold text-ink">
            <Byline byline={article.byline} authors={authors} locale={locale} />
          </p>
          <span aria-hidden="true">·</span>
        </>
      )}
      {readingMinutes !== undefined && (
        <>
          <p className="shrink-0">{formatReadingTime(readingMinutes, locale)}</p>
          <span aria-hidden="true" className="hidden sm:inline">
            ·
          </span>
        </>
      )}
    </div>
  );
}
