import type { Article } from '@/features/content/contract/schema';
import { Timestamp } from '@/ui/Timestamp';
import { PageHeading } from '@/ui/PageHeading';

type Props = { article: Article; locale: string };

export function ArticleHeader({ article, locale }: Props) {
  return (
    <header>
      <PageHeading className="font-serif text-headline font-bold text-balance">
        {article.headline}
      </PageHeading>
      {article.standfirst && (
        <p className="mt-3 font-serif text-standfirst text-pretty text-muted">{article.standfirst}</p>
      )}
      {/* One line, on a phone too: it never wraps (the time reads differently once hydrated,
          "3 hours ago", and a line that cannot wrap cannot move anything below it), and
          the byline gives way with an ellipsis before the dates do. */}
      <p className="mt-4 flex min-w-0 items-baseline gap-x-2 border-t-thin border-rule pt-3 font-sans text-meta whitespace-nowrap text-muted">
        {article.byline && (
          <>
            <span className="min-w-0 truncate font-semibold text-ink">By {article.byline}</span>
            <span aria-hidden="true">·</span>
          </>
        )}
        <Timestamp dateTime={article.publishedAt} locale={locale} precision="day" />
        {article.updatedAt && (
          <>
            <span aria-hidden="true">·</span>
            <span>
              Updated <Timestamp dateTime={article.updatedAt} locale={locale} precision="day" />
            </span>
          </>
        )}
      </p>
    </header>
  );
}
