import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';

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

const manifestSchema = v.record(
  v.string(),
  v.object({
    file: v.string(),
    isEntry: v.optional(v.boolean()),
    imports: v.optional(v.array(v.string())),
    css: v.optional(v.array(v.string())),
  }),
);
/** Vite's build manifest: every chunk by its source file, with the chunks it imports. */
export type BuildManifest = v.InferOutput<typeof manifestSchema>;

export async function readBuildManifest(outDir: string): Promise<BuildManifest> {
  return v.parse(
    manifestSchema,
    JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')),
  );
}

/**
 * `<link>` tags that fetch the chunks of a page's lazy routes (and the chunks
 * they import) in parallel with the entry, which index.html already loads
 * with its own static imports.
 */
export function routePreloadTags(manifest: BuildManifest, sources: readonly string[]): string {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const loadedByEntry = new Set<string>();
  const markLoaded = (key: string) => {
    if (loadedByEntry.has(key)) return;
    loadedByEntry.add(key);
    for (const imported of manifest[key]?.imports ?? []) markLoaded(imported);
  };
  if (entryKey) markLoaded(entryKey);

  const scripts = new Set<string>();
  const styles = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk for ${key}`);
    if (loadedByEntry.has(key) || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) styles.add(file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const source of sources) add(source);
  return [
    ...[...styles].map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...[...scripts].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join('');
}

/** Serialises the query state so that no `</script>` inside content can end the script early. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The built index.html with one page's markup, head tags and query state filled in. */
export function composeDocument(
  template: string,
  page: RenderedPage,
  options: { url: string; language: string; preloadTags: string },
): string {
  const { url, language, preloadTags } = options;
  const direction = rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  return (
    template
      .replace(/<html lang="[^"]*">/, `<html lang="${language}" dir="${direction}">`)
      .replace(/<title>[^<]*<\/title>/, () => page.head)
      // The page reads fully without its script: let the styles and the hero image take the
      // bandwidth first, and the script that makes it interactive follow.
      .replace(
        /<script type="module"([^>]*)><\/script>/,
        (_entryScript, attributes: string) =>
          `<script type="module" fetchpriority="low"${attributes}></script>${preloadTags}`,
      )
      .replace(
        '<div id="root"></div>',
        () =>
          `<div id="root">${page.html}</div>\n    <script type="application/json" id="query-state" data-url="${url}" data-routes="${page.routeSources.join(' ')}">${safeJson(page.state)}</script>`,
      )
  );
}

/**
 * Answers the app's content requests from the files the build just wrote.
 * It reads synchronously: it runs in a worker thread of its own, where
 * waiting on the file system costs nothing else, and a thread-pool round trip
 * per request would cost more than the read.
 */
export function serveFromDirectory(outDir: string): typeof fetch {
  return (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = path.join(outDir, decodeURIComponent(new URL(url, 'http://build.invalid').pathname));
    try {
      return Promise.resolve(
        new Response(readFileSync(file), { headers: { 'Content-Type': 'application/json' } }),
      );
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
}
