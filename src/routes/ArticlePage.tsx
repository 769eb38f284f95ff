import { ArticleHeader } from '@/features/article/ArticleHeader';
import { HeroFigure } from '@/features/article/HeroFigure';
import { ArticleBody } from '@/features/article-body/ArticleBody';
import { feedPaths } from '@/features/content/contract/paths';
import type { Article, ArticleLinks } from '@/features/content/contract/schema';
import { articlePath, canonicalUrl, type Site } from '@/features/content/site';
import { Breadcrumb } from '@/features/navigation/Breadcrumb';
import { SaveToggle } from '@/features/saved/SaveToggle';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { articleStructuredData } from '@/features/seo/structuredData';
import { CopyAnnouncer } from '@/features/share/CopyAnnouncer';
import { ShareBar } from '@/features/share/ShareBar';
import { ArticleCredits, ReadingProgress, TagList } from '@/app/lazyRoutes';
import { articleBlockActions } from './articleBlockActions';
import { siteHref } from '@/lib/basePath';

/** Shorter articles are read in one go; offering to continue them is noise. */
const LONG_ARTICLE_BLOCKS = 6;

/** The authors an article names, as site.json describes them (the build refuses an unknown id). */
function authorsOf(site: Site, article: Article) {
  return (article.authors ?? []).flatMap((id) => site.authors?.find((author) => author.id === id) ?? []);
}

type ArticlePageProps = {
  site: Site;
  article: Article;
  links: ArticleLinks | null;
  droppedBlockCount: number;
  /** False for the first render of an in-app visit: the top only, the body a moment later (useRendersWhole). */
  isWhole: boolean;
};

/** An article's page: its metadata, header, share bar, hero and (once whole) body, tags and closing share bar. */
export function ArticlePage({ site, article, links, droppedBlockCount, isWhole }: ArticlePageProps) {
  const path = articlePath(site, article);
  const url = canonicalUrl(site, path);
  const section = site.sectionsById[article.section];
  const share = { url, title: article.headline, text: article.standfirst, locale: site.language };
  // In UTC, so the index sorts by time whatever offset the publisher wrote.
  const published = new Date(article.publishedAt).toISOString();
  const saved = {
    id: article.id,
    path,
    headline: article.headline,
    publishedAt: article.publishedAt,
    ...(section ? { sectionTitle: section.title } : {}),
    ...(article.image ? { image: article.image } : {}),
  };

  return (
    <>
      <title>{`${article.headline} | ${site.name}`}</title>
      <PageMetadata
        site={site}
        title={article.headline}
        description={article.standfirst ?? article.headline}
        url={url}
        shareCard={{
          pagePath: path,
          subject: { kind: 'article', headline: article.headline, image: article.image },
        }}
        article={{ ...article, section: section?.title ?? article.section }}
        structuredData={section ? articleStructuredData(site, article, section) : undefined}
      />
      {section && (
        <link
          rel="alternate"
          type="application/rss+xml"
          title={`${section.title} | ${site.name}`}
          href={siteHref(feedPaths.section(section.id))}
        />
      )}
      <CopyAnnouncer>
        {/* A container, so the ¶ and the pull quote's mark hang in the margin only when there is one at the reader's text size. */}
        {/* The search index (src/site-generator/search/) reads the article's text and these facts; the chrome is ignored. */}
        <article className="@container/article mx-auto max-w-article" data-pagefind-body>
          {/* Empty, so unseen: the publication time to sort by, and one filter value for each step of the section's trail. */}
          <data
            value={published}
            data-pagefind-sort="published[value]"
            data-pagefind-meta={`published[value], section:${article.section}`}
          />
          {section?.trail.map((step) => (
            <data key={step.id} value={step.id} data-pagefind-filter="section[value]" />
          ))}
          {section && <Breadcrumb site={site} section={section} isSectionCurrent={false} />}
          <div className="mt-2">
            <ArticleHeader
              article={article}
              locale={site.language}
              credits={
                <ArticleCredits
                  article={article}
                  locale={site.language}
                  authors={authorsOf(site, article)}
                  readingMinutes={links?.readingMinutes}
                />
              }
            />
          </div>
          <div className="mt-3" data-pagefind-ignore>
            <ShareBar
              {...share}
              shareCount={article.shareCount}
              label="Share this article"
              trailing={<SaveToggle article={saved} />}
              isCompact
            />
          </div>
          {article.image && (
            <div className="-mx-gutter mt-4 sm:mx-0">
              <HeroFigure image={article.image} />
            </div>
          )}
          <div className="mx-auto mt-8 max-w-measure">
            {/* With the top, not the body: opening the article marks it read even if the reader leaves at once. */}
            <ReadingProgress
              articleId={article.id}
              offersToContinue={article.body.length >= LONG_ARTICLE_BLOCKS}
            />
            {/* Until the body renders, a screen's height keeps the site's footer out of view. */}
            {!isWhole && <div className="min-h-screen" />}
            {isWhole && (
              <>
                <ArticleBody
                  blocks={article.body}
                  droppedBlockCount={droppedBlockCount}
                  actions={articleBlockActions(url, article.body)}
                />
                {article.tags && (
                  <div className="mt-10">
                    <TagList tags={article.tags} topics={links?.topics} />
                  </div>
                )}
                <div className="mt-10 border-t-thick border-rule-strong pt-3" data-pagefind-ignore>
                  <p aria-hidden="true" className="mb-3 font-sans text-kicker text-ink uppercase">
                    Share this article
                  </p>
                  <ShareBar {...share} label="Share this article (end)" />
                </div>
              </>
            )}
          </div>
        </article>
      </CopyAnnouncer>
    </>
  );
}
