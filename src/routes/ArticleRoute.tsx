import { useSuspenseQueries } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { ArticleHeader } from '@/features/article/ArticleHeader';
import { HeroFigure } from '@/features/article/HeroFigure';
import { TagList } from '@/features/article/TagList';
import { ArticleBody } from '@/features/article-body/ArticleBody';
import { articleQuery, sectionPageQuery, siteQuery } from '@/features/content/contentQueries';
import { articlePath, canonicalUrl } from '@/features/content/site';
import { ArticleCardList } from '@/features/listing/ArticleCardList';
import { Breadcrumb } from '@/features/navigation/Breadcrumb';
import { NotFoundRoute } from './NotFoundRoute';

type Props = { sectionId: string };

const MORE_FROM_SECTION = 4;

export function ArticleRoute({ sectionId }: Props) {
  // The route table only matches with an id; the fallback keeps the types honest.
  const { articleId = '' } = useParams();
  // All three start together: no waterfall between the article and its section.
  const [{ data: site }, { data: parsed }, { data: sectionListing }] = useSuspenseQueries({
    queries: [siteQuery(), articleQuery(articleId), sectionPageQuery(sectionId, 1)],
  });
  const { article, droppedBlocks } = parsed;
  const section = site.sectionsById[article.section];
  if (!section) return <NotFoundRoute />;
  // An article moved to another section keeps its old links working.
  if (article.section !== sectionId) return <Navigate replace to={articlePath(site, article)} />;

  const more = sectionListing.items.filter((item) => item.id !== article.id).slice(0, MORE_FROM_SECTION);

  return (
    <>
      <title>{`${article.headline} | ${site.name}`}</title>
      {article.standfirst && <meta name="description" content={article.standfirst} />}
      <link rel="canonical" href={canonicalUrl(site, articlePath(site, article))} />
      <article className="mx-auto max-w-3xl">
        <div className="space-y-4">
          <Breadcrumb site={site} section={section} isSectionCurrent={false} />
          <ArticleHeader article={article} locale={site.language} />
        </div>
        {article.image && (
          <div className="mt-6">
            <HeroFigure image={article.image} />
          </div>
        )}
        <div className="mx-auto mt-8 max-w-measure">
          <ArticleBody blocks={article.body} droppedBlockCount={droppedBlocks.length} />
          {article.tags && (
            <div className="mt-10">
              <TagList tags={article.tags} />
            </div>
          )}
        </div>
      </article>
      {more.length > 0 && (
        <aside aria-labelledby="more-from-section" className="mx-auto mt-16 max-w-3xl">
          <h2
            id="more-from-section"
            className="mb-4 border-b-2 border-ink pb-2 font-sans text-sm font-bold tracking-wider uppercase"
          >
            More from {section.title}
          </h2>
          <ArticleCardList summaries={more} headingLevel={3} />
        </aside>
      )}
    </>
  );
}
