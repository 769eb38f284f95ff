import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** What `renderPage` in src/entry-server.tsx returns. */
export type RenderedPage = { html: string; head: string; state: unknown };
/** A page of the site and the file it is written to, relative to the output folder. */
export type Route = { url: string; file: string };
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

/** The built index.html with one page's markup, head tags and query state filled in. */
export function composeDocument(template: string, page: RenderedPage, url: string, language: string): string {
  const direction = rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${language}" dir="${direction}">`)
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="query-state" data-url="${url}">${safeJson(page.state)}</script>`,
    );
}

/** Answers the app's content requests from the files the build just wrote. */
export function serveFromDirectory(outDir: string): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = path.join(outDir, decodeURIComponent(new URL(url, 'http://build.invalid').pathname));
    try {
      return new Response(await readFile(file), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
