import { useSuspenseQueries } from '@tanstack/react-query';
import { ArticleBody } from '@/features/article-body/ArticleBody';
import { pageQuery, siteQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import { canonicalUrl } from '@/features/content/site';
import { describeBody } from '@/features/seo/describeBody';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { PageHeading } from '@/ui/PageHeading';
import { Timestamp } from '@/ui/Timestamp';

type Props = { pageId: string };

/**
 * One of the site's own pages (about, contact, a policy): its title, the
 * date it was last changed if the content gives one, and its body, drawn by
 * the article body's renderer. Not news, so no byline, share bar or save.
 */
export function PageRoute({ pageId }: Props) {
  const [{ data: site }, { data: parsed }] = useSuspenseQueries({
    queries: [siteQuery(), pageQuery(pageId)],
  });
  const { page, droppedBlocks } = parsed;
  const url = canonicalUrl(site, pagePaths.page(pageId));
  return (
    <>
      <title>{`${page.title} | ${site.name}`}</title>
      <PageMetadata
        site={site}
        title={page.title}
        description={page.description ?? describeBody(page.body) ?? page.title}
        url={url}
        shareCard={{ pagePath: pagePaths.page(page.id), subject: { kind: 'section', title: page.title } }}
      />
      <div className="mx-auto max-w-measure">
        <header className="space-y-3 border-b-thin border-rule pb-4">
          <PageHeading className="font-serif text-page-title font-bold text-balance">
            {page.title}
          </PageHeading>
          {page.updatedAt && (
            <p className="font-sans text-meta text-muted">
              Updated <Timestamp dateTime={page.updatedAt} locale={site.language} precision="day" />
            </p>
          )}
        </header>
        {/* An address written out in full (newsroom@…) may be wider than a phone. */}
        <div className="mt-8 wrap-break-word">
          <ArticleBody blocks={page.body} droppedBlockCount={droppedBlocks.length} />
        </div>
      </div>
    </>
  );
}
