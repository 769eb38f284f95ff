import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, repositoryRoot, serveBuild } from './processes';

/**
 * A copy of dist/ served by the production nginx configuration on a port of
 * its own, so that a test can publish into it (change its content files)
 * while a page is open, as a newsroom would on the real host.
 */
export async function serveCopyOfDist({ withRecord = false } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-served-'));
  // mkdtemp makes the folder private, and nginx's workers run as another user.
  await chmod(dir, 0o755);
  await cp(path.join(repositoryRoot, 'dist'), dir, { recursive: true });
  // The build's record, beside the copy as `.dist-record` is beside dist/
  // (buildRecord.ts, recordDirOf), for `npm run publish --outDir` the copy.
  const recordDir = path.join(path.dirname(dir), `.${path.basename(dir)}-record`);
  if (withRecord) await cp(path.join(repositoryRoot, '.dist-record'), recordDir, { recursive: true });
  const server = await serveBuild(await freePort(), dir);
  return {
    origin: server.origin,
    dir,
    reload: server.reload,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
      await rm(recordDir, { recursive: true, force: true });
    },
  };
}

/** A card's worth of a new article, as the build writes it into listings. */
export type PublishedSummary = {
  id: string;
  section: string;
  headline: string;
  standfirst?: string;
  publishedAt: string;
};

/**
 * Puts a new story at the top of listings of a served copy: `front` (the front
 * page's latest) and `sections/{id}` or `topics/{id}` (their first page), as a
 * rebuild would. Writes each file whole, so nginx's ETag and Last-Modified change.
 */
export async function publishStory(dir: string, summary: PublishedSummary, listings: readonly string[]) {
  for (const listing of listings) {
    const file =
      listing === 'front'
        ? path.join(dir, 'content/front.json')
        : path.join(dir, 'content', listing, 'page-1.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    const key = listing === 'front' ? 'latest' : 'items';
    const items = data[key] as unknown[];
    data[key] = [summary, ...items];
    if (typeof data.totalArticles === 'number') data.totalArticles += 1;
    await writeFile(file, JSON.stringify(data));
  }
}
