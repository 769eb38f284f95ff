import { useSuspenseQuery } from '@tanstack/react-query';
import { Route, Routes } from 'react-router';
import { siteQuery } from '@/features/content/contentQueries';
import { ArticleRoute } from '@/routes/ArticleRoute';
import { pagePaths } from '@/features/content/contract/paths';
import {
  AuthorRoute,
  HomeRoute,
  NotFoundRoute,
  PageRoute,
  SavedRoute,
  SearchRoute,
  SectionRoute,
  TopicRoute,
} from './lazyRoutes';
import { RootLayout } from './RootLayout';

/**
 * The route table. Section paths and the site's own pages come from site.json,
 * so the router itself matches `/news/koreas` (a section), `/news/koreas/{id}`
 * (an article) and `/about` (a page), and anything else falls through to the
 * not-found page without a request.
 */
export function AppRoutes() {
  const { data: site } = useSuspenseQuery(siteQuery());
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomeRoute />} />
        <Route path="saved" element={<SavedRoute />} />
        <Route path="search" element={<SearchRoute />} />
        {/* `{id}` and `{id}/page/{n}`, told apart in the page's own code (listingAddress). */}
        <Route path="topics/*" element={<TopicRoute />} />
        <Route path="authors/*" element={<AuthorRoute />} />
        {site.sections.map((section) => [
          <Route
            key={section.id}
            path={section.path}
            element={<SectionRoute key={section.id} sectionId={section.id} />}
          />,
          <Route
            key={`${section.id}/page`}
            path={`${section.path}/page/:page`}
            element={<SectionRoute key={section.id} sectionId={section.id} />}
          />,
          <Route
            key={`${section.id}/article`}
            path={`${section.path}/:articleId`}
            element={<ArticleRoute key={section.id} sectionId={section.id} />}
          />,
        ])}
        {site.pages.map((page) => (
          <Route
            key={`page/${page.id}`}
            path={pagePaths.page(page.id)}
            element={<PageRoute key={page.id} pageId={page.id} />}
          />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
