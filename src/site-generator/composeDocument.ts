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

/**
 * The built index.html with one page's markup, head tags and query state filled in.
 * `script` replaces the app's entry script, for a page the app must not take over.
 */
export function composeDocument(
  template: string,
  page: RenderedPage,
  options: { url: string; language: string; preloadTags: string; script?: string },
): string {
  const { url, language, preloadTags, script } = options;
  const direction = rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  return (
    template
      .replace(/<html lang="[^"]*">/, `<html lang="${language}" dir="${direction}">`)
      .replace(/<title>[^<]*<\/title>/, () => page.head)
      // The page reads fully without its script: let the styles and the hero image take the
      // bandwidth first, and the script that makes it interactive follow.
      .replace(/<script type="module"([^>]*)><\/script>/, (_entryScript, attributes: string) =>
        script === undefined
          ? `<script type="module" fetchpriority="low"${attributes}></script>${preloadTags}`
          : `<script type="module" src="${script}"></script>`,
      )
      .replace(
        '<div id="root"></div>',
        () =>
          `<div id="root">${page.html}</div>\n    <script type="application/json" id="query-state" data-url="${url}" data-routes="${page.routeSources.join(' ')}">${safeJson(page.state)}</script>`,
      )
  );
}
