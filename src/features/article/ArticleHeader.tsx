import type { Article } from '@/features/content/contract/schema';
import { Timestamp } from '@/ui/Timestamp';
import { PageHeading } from '@/ui/PageHeading';

type Props = { article: Article; locale: string };

export function ArticleHeader({ article, locale }: Props) {
  return (
    <header className="space-y-4">
      <PageHeading className="font-serif text-3xl leading-tight font-black sm:text-5xl sm:leading-[1.1]">
        {article.headline}
      </PageHeading>
      {article.standfirst && (
        <p className="font-serif text-xl leading-snug text-muted sm:text-2xl">{article.standfirst}</p>
      )}
      {/* A line each on phones: the time reads differently once hydrated (the reader's zone,
          "3 hours ago"), and a line of its own keeps that from moving anything below it. */}
      <div className="flex flex-col gap-y-1 border-t border-rule pt-3 font-sans text-sm text-muted sm:flex-row sm:flex-wrap sm:gap-x-4">
        {article.byline && <p className="font-semibold text-ink">By {article.byline}</p>}
        <p>
          Published <Timestamp dateTime={article.publishedAt} locale={locale} />
        </p>
        {article.updatedAt && (
          <p>
            Updated <Timestamp dateTime={article.updatedAt} locale={locale} />
          </p>
        )}
      </div>
    </header>
  );
}
