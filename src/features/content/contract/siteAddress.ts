/**
 * The site's own addresses, from `site.json` `url`. Its path is the base every
 * page, asset, feed and content file lives under: `https://example.github.io/broadsheet`
 * serves the front page at `/broadsheet/` and an article at `/broadsheet/news/x`.
 * The URL is read as a folder whether or not it ends in `/`.
 */
function asFolder(siteUrl: string): URL {
  const url = new URL(siteUrl);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

/** The site's base path, always starting and ending with `/`: `/` or `/broadsheet/`. */
export function siteBasePath(siteUrl: string): string {
  return asFolder(siteUrl).pathname;
}

/**
 * The absolute address of a site-relative path (`/news/koreas`, `/feeds/all.xml`)
 * on a site whose home is `siteUrl`, which may be the site itself or one of its mirrors.
 */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), asFolder(siteUrl)).toString();
}
