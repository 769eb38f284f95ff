import type { ReactNode } from 'react';
import type { Article } from '@/features/content/contract/schema';
import { Timestamp } from '@/ui/Timestamp';
import { PageHeading } from '@/ui/PageHeading';

type Props = {
  article: Article;
  locale: string;
  /** The byline and reading time (ArticleCredits), the dateline's first part. */
  credits?: ReactNode;
};

export function ArticleHeader({ article, locale, credits }: Props) {
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
        {credits}
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
