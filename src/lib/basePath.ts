/**
 * The path the site is served under, `/` or `/broadsheet/`: set by the build
 * from the path of `site.json` `url` (see src/site-generator/contentPlugin.ts).
 * It is also the routers' basename, trailing slash included, so a link to the
 * front page is `/broadsheet/`, the folder the server answers, rather than
 * `/broadsheet`, which it would have to redirect.
 */
export const basePath = import.meta.env.BASE_URL;

/** The href of a site path (`/feeds/all.xml`) for a plain link outside the router. */
export function siteHref(sitePath: string): string {
  return basePath + sitePath.replace(/^\/+/, '');
}

/**
 * The site path of a pathname from the address bar (`/broadsheet/news` → `/news`),
 * or null when the address is outside the site's base.
 */
export function sitePathOf(pathname: string): string | null {
  if (`${pathname}/` === basePath) return '/';
  if (!pathname.startsWith(basePath)) return null;
  return `/${pathname.slice(basePath.length)}`;
}
