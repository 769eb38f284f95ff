/** What `renderPage` in src/entry-server.tsx returns. */
export type RenderedPage = { html: string; head: string; state: unknown; routeSources: string[] };
/** Marks the not-found page, whose HTML is served for any unknown address. */
export const ANY_URL = '*';

const rtlLanguages = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'ha',
  'he',
  'khw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ur',
  'yi',
]);

/** Serialises the query state so that no `</script>` inside content can end the script early. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page's route code, which the app's entry would otherwise import one after the other. */
export type RouteAssets = { styleTags: string; scripts: readonly string[] };

/**
 * The app's scripts as data (`#app-scripts`), in place of the entry's module
 * script and the modulepreload links Vite wrote for it: the page reads fully
 * without them, so index.html's loader fetches and runs them only once the
 * page has painted, and they never compete with the first paint.
 */
function appScriptsData(template: string, route: RouteAssets): { template: string; data: string } {
  const preload: string[] = [];
  let entry: string | undefined;
  const stripped = template
    .replace(/\n?[ \t]*<link rel="modulepreload"[^>]*? href="([^"]+)"[^>]*>/g, (_link, href: string) => {
      preload.push(href);
      return '';
    })
    .replace(/<script type="module"[^>]*? src="([^"]+)"[^>]*><\/script>/, (_script, src: string) => {
      entry = src;
      return '<!--app-scripts-->';
    });
  if (entry === undefined) throw new Error('the built index.html has no module script for the app');
  const scripts = { entry, preload: [...preload, ...route.scripts] };
  return {
    template: stripped,
    data: `<script type="application/json" id="app-scripts">${safeJson(scripts)}</script>${route.styleTags}`,
  };
}

/**
 * The built index.html with one page's markup, head tags and query state filled in.
 * `script` replaces the app's scripts, for a page the app must not take over;
 * null leaves them out, for a page that is only read.
 */
export function composeDocument(
  template: string,
  page: RenderedPage,
  options: { url: string; language: string; routeAssets: RouteAssets; script?: string | null },
): string {
  const { url, language, routeAssets, script } = options;
  const direction = rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  const app = appScriptsData(template, routeAssets);
  return app.template
    .replace(/<html lang="[^"]*">/, `<html lang="${language}" dir="${direction}">`)
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(/\n?([ \t]*)<!--app-scripts-->/, (_placeholder, indent: string) => {
      const tags =
        script === undefined
          ? app.data
          : script === null
            ? routeAssets.styleTags
            : `<script type="module" src="${script}"></script>`;
      // Nothing to put there leaves no line of spaces behind (the HTML check counts trailing whitespace).
      return tags === '' ? '' : `\n${indent}${tags}`;
    })
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="query-state" data-url="${url}" data-routes="${page.routeSources.join(' ')}">${safeJson(page.state)}</script>`,
    );
}
