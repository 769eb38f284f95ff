import type { Site } from '@/features/content/site';

/** What the reader was opening, in the words an error page uses for it. */
export type OpenedPage = 'article' | 'section' | 'page';

/**
 * Reads the address the way the route table (src/app/AppRoutes.tsx) matches
 * it: a section's path or one of its `/page/n` pages is the section, one more
 * segment below a section is an article, and anything else (the front page,
 * saved articles, the site's own pages, or any address when site.json itself
 * is what failed) is a page.
 */
export function openedPageAt(site: Site | undefined, pathname: string): OpenedPage {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const sections = site?.sections ?? [];
  if (sections.some((section) => path === section.path || path.startsWith(`${section.path}/page/`))) {
    return 'section';
  }
  const isArticle = sections.some((section) => {
    const rest = path.startsWith(`${section.path}/`) ? path.slice(section.path.length + 1) : '';
    return rest !== '' && !rest.includes('/');
  });
  return isArticle ? 'article' : 'page';
}
