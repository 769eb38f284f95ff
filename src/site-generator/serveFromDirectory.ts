import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the app fetches content from, and where the build wrote that content. */
export type ContentLocation = {
  /** The app's content base: a path on the site (`/broadsheet/content`) or another server's address. */
  contentBase: string;
  /** The content's folder in the output, from its root: `/content`. */
  contentFolder: string;
};

// Paths the app asks for resolve against a stand-in origin, as they would against the page's.
const SITE_ORIGIN = 'http://site.invalid/';

/**
 * Answers the app's content requests from the files the build just wrote,
 * whether the app would fetch them from this site or from another server.
 * It reads synchronously: it runs in a worker thread of its own, where
 * waiting on the file system costs nothing else, and a thread-pool round trip
 * per request would cost more than the read.
 */
export function serveFromDirectory(
  outDir: string,
  { contentBase, contentFolder }: ContentLocation,
): typeof fetch {
  const base = new URL(contentBase.replace(/\/*$/, '/'), SITE_ORIGIN);
  return (input) => {
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(requested, SITE_ORIGIN);
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      return Promise.resolve(new Response(`Not below the content base: ${url.href}`, { status: 404 }));
    }
    const below = decodeURIComponent(url.pathname.slice(base.pathname.length));
    const file = path.join(outDir, contentFolder, below);
    try {
      return Promise.resolve(
        new Response(readFileSync(file), { headers: { 'Content-Type': 'application/json' } }),
      );
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  };
}
