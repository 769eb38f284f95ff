import type { Site } from '@/features/content/site';
import { sectionAt } from '@/features/navigation/sectionPlace';

/** What the reader was opening, in the words an error page uses for it. */
export type OpenedPage = 'article' | 'section' | 'page';

/**
 * Reads the address the way the route table (src/app/AppRoutes.tsx) matches
 * it, below the deepest section it is in (as the navigation finds it): the
 * section's own path or one of its `/page/n` pages is the section, one more
 * segment is an article, and anything else (the front page, saved articles,
 * the site's own pages, or any address when site.json itself is what failed)
 * is a page.
 */
export function openedPageAt(site: Site | undefined, pathname: string): OpenedPage {
  const section = site && sectionAt(site.sections, pathname);
  if (!section) return 'page';
  const rest = pathname.slice(section.path.length).replace(/^\/+|\/+$/g, '');
  if (rest === '' || /^page\/[^/]+$/.test(rest)) return 'section';
  return rest.includes('/') ? 'page' : 'article';
}
