import type { Article } from '@/features/content/contract/schema';
import { formatReadingTime } from '@/lib/readingTimeFormat';
import { Byline } from './Byline';
import { Timestamp } from '@/ui/Timestamp';
import { PageHeading } from '@/ui/PageHeading';

type Props = {
  article: Article;
  locale: string;
  authors?: { id: string; name: string }[];
  /** From the article's links document; without it the dateline leaves the reading time out. */
  readingMinutes?: number | undefined;
};

export function ArticleHeader({ article, locale, authors = [], readingMinutes }: Props) {
  return (
    <header>
      <PageHeading className="font-serif text-headline font-bold text-balance">
        {article.headline}
      </PageHeading>
      {article.standfirst && (
        <p className="mt-3 font-serif text-standfirst text-pretty text-muted">{article.standfirst}</p>
      )}
      {/* A line a piece on a phone, one row from sm up; no line ever wraps. The times read
          differently once hydrated ("3 hours ago · ", the reader's zone), and a line that
          cannot wrap cannot move anything below it: the byline gives way with an ellipsis
          before the dates do. */}
      <div className="mt-4 border-t-thin border-rule pt-3 font-sans text-meta whitespace-nowrap text-muted sm:flex sm:min-w-0 sm:items-baseline sm:gap-x-2">
        {/* The byline shares its line with the reading time, which never gives way. */}
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
        <p className="truncate">
          <Timestamp dateTime={article.publishedAt} locale={locale} />
        </p>
        {article.updatedAt && (
          <>
            <span aria-hidden="true" className="hidden sm:inline">
              ·
            </span>
            {/* The short form: a relative time and the full one together would not fit a phone. */}
            <p className="truncate">
              Updated <Timestamp dateTime={article.updatedAt} locale={locale} precision="day" />
            </p>
          </>
        )}
      </div>
    </header>
  );
}
