import { useSuspenseQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ReplaceAddress } from '@/app/ReplaceAddress';
import { ContentNotFoundError } from '@/features/content/contentErrors';
import { articleLinksQuery, articleQuery, siteQuery } from '@/features/content/contentQueries';
import { articlePath } from '@/features/content/site';
import { ArticleFoot } from '@/app/lazyRoutes';
import { useRendersWhole } from '@/app/useRendersWhole';
import { ArticlePage } from './ArticlePage';

type Props = { sectionId: string };

export function ArticleRoute({ sectionId }: Props) {
  // The route table only matches with an id; the fallback keeps the types honest.
  const { articleId = '' } = useParams();
  // All start together: no waterfall between the article and its links.
  const [{ data: site }, { data: parsed }, { data: links }] = useSuspenseQueries({
    queries: [siteQuery(), articleQuery(articleId), articleLinksQuery(articleId)],
  });
  const isWhole = useRendersWhole();
  const { article, droppedBlocks } = parsed;
  const section = site.sectionsById[article.section];
  // The page boundary shows not-found, whose code loads only then: an article's script never carries it.
  if (!section) throw new ContentNotFoundError(`section ${article.section}`);
  // An article moved to another section keeps its old links working.
  if (article.section !== sectionId) return <ReplaceAddress to={articlePath(site, article)} />;

  return (
    <>
      <ArticlePage
        site={site}
        article={article}
        links={links}
        droppedBlockCount={droppedBlocks.length}
        isWhole={isWhole}
      />
      {isWhole && <ArticleFoot links={links} section={section} />}
    </>
  );
}
