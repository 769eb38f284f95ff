import { registerPagePreload } from '@/features/content/pagePreload';
import { deferredRegion } from './deferredRegion';
import { lazyRoute } from './lazyRoute';

// Every page whose code is its own chunk, in one place: an article loads no
// listing code, no page loads the saved list's, and the error page's code
// arrives when the page is idle. Links warm the chunk of the page they lead to.

export const HomeRoute = lazyRoute('src/routes/HomeRoute.tsx', () =>
  import('@/routes/HomeRoute').then((module) => module.HomeRoute),
);
export const SectionRoute = lazyRoute('src/routes/SectionRoute.tsx', () =>
  import('@/routes/SectionRoute').then((module) => module.SectionRoute),
);
export const SavedRoute = lazyRoute('src/routes/SavedRoute.tsx', () =>
  import('@/routes/SavedRoute').then((module) => module.SavedRoute),
);
// Search, and Pagefind after it, load only when the search page opens or the header's search is about to be used.
export const SearchRoute = lazyRoute('src/routes/SearchRoute.tsx', () =>
  import('@/routes/SearchRoute').then((module) => module.SearchRoute),
);
export const PageRoute = lazyRoute('src/routes/PageRoute.tsx', () =>
  import('@/routes/PageRoute').then((module) => module.PageRoute),
);
export const TopicRoute = lazyRoute('src/routes/TopicRoute.tsx', () =>
  import('@/routes/TopicRoute').then((module) => module.TopicRoute),
);
export const AuthorRoute = lazyRoute('src/routes/AuthorRoute.tsx', () =>
  import('@/routes/AuthorRoute').then((module) => module.AuthorRoute),
);
// A reader rarely meets it, and a prerendered 404 preloads it like any page's code.
export const NotFoundRoute = lazyRoute('src/routes/NotFoundRoute.tsx', () =>
  import('@/routes/NotFoundRoute').then((module) => module.NotFoundRoute),
);
export const LoadErrorRoute = lazyRoute('src/routes/LoadErrorRoute.tsx', () =>
  import('@/routes/LoadErrorRoute').then((module) => module.LoadErrorRoute),
);

// Below an article's text, so their code arrives once the article is interactive.
export const ArticleFoot = deferredRegion(() =>
  import('@/routes/ArticleFoot').then((module) => module.ArticleFoot),
);
export const ArticleCredits = deferredRegion(() =>
  import('@/features/article/ArticleCredits').then((module) => module.ArticleCredits),
);
export const ReadingProgress = deferredRegion(() =>
  import('@/features/reading/ReadingProgress').then((module) => module.ReadingProgress),
);
export const TagList = deferredRegion(() =>
  import('@/features/article/TagList').then((module) => module.TagList),
);

registerPagePreload('section', SectionRoute.preload);
// Below every page's content: its links work as plain links until React takes them over.
export const SiteFooter = deferredRegion(() =>
  import('@/features/navigation/SiteFooter').then((module) => module.SiteFooter),
);

/** Every region an article page hydrates after it is interactive: warmed on a card's intent and when idle. */
export const articleRegions = [ArticleCredits, ReadingProgress, TagList, ArticleFoot];
registerPagePreload('article', () => Promise.all(articleRegions.map((region) => region.preload())));
registerPagePreload('page', PageRoute.preload);

/** The header's search has focus or the pointer: fetch the page's code, then Pagefind, before the reader gets there. */
export function warmSearch() {
  void SearchRoute.preload()
    .then(() => import('@/features/search/loadPagefind'))
    .then((module) => {
      module.warmSearch();
    })
    .catch(() => undefined);
}
