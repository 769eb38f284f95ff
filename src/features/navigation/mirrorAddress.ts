import { pagePaths } from '@/features/content/contract/paths';
import { absoluteUrl } from '@/features/content/contract/siteAddress';

/**
 * Pages a mirror has but cannot show as they are here: the reader's saved
 * articles live in this address's storage (a mirror is another origin, with
 * its own), and the not-found and withdrawn pages are for an address no mirror has either.
 */
const PAGES_ONLY_HERE: ReadonlySet<string> = new Set([
  pagePaths.saved(),
  pagePaths.notFound(),
  pagePaths.withdrawn(),
]);

/**
 * A page's address on one of the site's mirrors (`mirror` may have a base path
 * of its own): the same page, since a mirror serves the same prerendered
 * pages, or the mirror's front page where the same page would not be the
 * reader's. `sitePath` is relative to the site's base: `/news/koreas?page=2`.
 */
export function mirrorAddress(mirror: string, sitePath: string): string {
  const pathname = sitePath.split(/[?#]/, 1)[0] ?? sitePath;
  return absoluteUrl(mirror, PAGES_ONLY_HERE.has(pathname) ? pagePaths.front() : sitePath);
}
