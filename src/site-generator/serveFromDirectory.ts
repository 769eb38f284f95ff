import { readFileSync } from 'node:fs';
import path from 'node:path';

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
