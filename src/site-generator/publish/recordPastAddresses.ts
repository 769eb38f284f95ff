import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { contentPaths, pagePaths } from '../../features/content/contract/paths.ts';
import {
  articleSchema,
  pastAddressesSchema,
  siteSchema,
  type PastAddresses,
  type WithdrawnPlace,
} from '../../features/content/contract/schema.ts';
import { buildSectionTree } from '../../features/content/contract/sectionTree.ts';
import { slugify } from '../../features/content/contract/slugify.ts';
import type { BuildRecord } from './buildRecord.ts';
import { digestOf } from './hashing.ts';
import { articleIdOf, type FileChanges } from './sourceChanges.ts';
import { writeAtomically } from './writeAtomically.ts';

/** Each article's address in the last build, from the page records: the page rendered from its file and named by its id. */
function addressesInRecord(record: BuildRecord): Map<string, string> {
  const addresses = new Map<string, string>();
  for (const { url, inputs } of Object.values(record.pages)) {
    for (const input of inputs) {
      const id = articleIdOf(input);
      if (id !== undefined && url.endsWith(`/${id}`)) addresses.set(id, url);
    }
  }
  return addresses;
}

function parsedOrUndefined(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Where a withdrawn article stood in the listings, from the copy of it the
 * last build published (`publishedContentDir`, the output's content folder),
 * or undefined when that copy is gone or unreadable: its place is then not kept.
 */
async function placeOf(publishedContentDir: string, id: string): Promise<WithdrawnPlace | undefined> {
  const text = await readFile(path.join(publishedContentDir, contentPaths.article(id)), 'utf8').catch(
    () => undefined,
  );
  const parsed = v.safeParse(articleSchema, parsedOrUndefined(text));
  if (!parsed.success) return undefined;
  const { publishedAt, section, tags = [], authors = [] } = parsed.output;
  const topics = [...new Set(tags.flatMap((tag) => slugify(tag) ?? []))];
  return { publishedAt, section, topics, authors: [...new Set(authors)] };
}

/**
 * Adds to the content folder's ledger (past-addresses.json) the addresses a
 * publish is about to take away, since a full build, which sees only the
 * content as it is, could not know them:
 * - each article the last build had and the content no longer has: withdrawn at
 *   `now`, with the place it had in the listings (withdrawnPlaces.ts);
 * - each article whose section changed: moved, from its old address.
 * `articleFiles` are the article files new, changed or gone since the record.
 * Content it cannot read (a broken site.json, article or ledger) is left for
 * the content check to report. Reads the content from `snapshot` and puts
 * the new ledger in it as well as on disk. Returns the ledger's new digest,
 * or undefined when it did not change.
 */
export async function recordPastAddresses(
  contentDir: string,
  publishedContentDir: string,
  record: BuildRecord,
  articleFiles: FileChanges,
  snapshot: Map<string, string>,
  now: Date,
): Promise<string | undefined> {
  const removed = articleFiles.removed.flatMap((file) => articleIdOf(file) ?? []);
  // A new article has no old address to keep.
  const changed = articleFiles.changed
    .filter((file) => file in record.sources)
    .flatMap((file) => articleIdOf(file) ?? []);
  if (removed.length === 0 && changed.length === 0) return undefined;

  const ledgerLabel = contentPaths.pastAddresses();
  const ledgerData = parsedOrUndefined(snapshot.get(ledgerLabel));
  const parsedLedger =
    ledgerData === undefined
      ? { success: true as const, output: undefined }
      : v.safeParse(pastAddressesSchema, ledgerData);
  if (!parsedLedger.success) return undefined;
  const ledger: PastAddresses = parsedLedger.output ?? { withdrawn: [], moved: [] };
  const known = new Set([...ledger.withdrawn, ...ledger.moved].map((entry) => entry.path));
  const oldAddresses = addressesInRecord(record);
  const additions: PastAddresses = { withdrawn: [], moved: [] };

  for (const id of removed) {
    const address = oldAddresses.get(id);
    if (address === undefined || known.has(address)) continue;
    const listed = await placeOf(publishedContentDir, id);
    additions.withdrawn.push({ path: address, withdrawnAt: now.toISOString(), ...(listed && { listed }) });
  }
  if (changed.length > 0) {
    const site = v.safeParse(siteSchema, parsedOrUndefined(snapshot.get(contentPaths.site())));
    const tree = site.success ? buildSectionTree(site.output.sections) : {};
    for (const id of changed) {
      const article = parsedOrUndefined(snapshot.get(contentPaths.article(id)));
      const section: unknown =
        article !== null && typeof article === 'object' ? Reflect.get(article, 'section') : undefined;
      const sectionPath = typeof section === 'string' ? tree[section]?.path : undefined;
      const address = oldAddresses.get(id);
      if (sectionPath === undefined || address === undefined || known.has(address)) continue;
      if (pagePaths.article(sectionPath, id) !== address)
        additions.moved.push({ path: address, article: id });
    }
  }
  if (additions.withdrawn.length === 0 && additions.moved.length === 0) return undefined;

  // Unknown fields a publisher added by hand are kept.
  const text = `${JSON.stringify(
    {
      ...(ledgerData !== null && typeof ledgerData === 'object' ? ledgerData : {}),
      withdrawn: [...ledger.withdrawn, ...additions.withdrawn],
      moved: [...ledger.moved, ...additions.moved],
    },
    null,
    2,
  )}\n`;
  await writeAtomically(path.join(contentDir, ledgerLabel), text);
  snapshot.set(ledgerLabel, text);
  return digestOf(text);
}
