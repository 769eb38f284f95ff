import path from 'node:path';
import { contentPaths } from '../features/content/contract/paths.ts';
import { checkContent } from './checkContent.ts';
import type { ContentSnapshot } from './contentSources.ts';
import { contractJsonSchemas, schemaFileName } from './contractJsonSchemas.ts';
import { planArticleLinks } from './deriveArticleLinks.ts';
import { planDiscovery } from './deriveDiscovery.ts';
import { frontPageOf, planListings } from './deriveListings.ts';
import { derivePastAddresses } from './derivePastAddresses.ts';
import type { VariantSource } from './imageVariants.ts';
import type { CheckedArticle, ListedArticle } from './listedArticle.ts';
import { ContentError } from './loadContent.ts';
import type { BuildRecord } from './publish/buildRecord.ts';
import { digestOf } from './publish/hashing.ts';
import type { DocumentPlan } from './documentPlan.ts';
import { documentsToPlan, type DocumentsToPlan } from './publish/documentsToPlan.ts';
import { articleDigests, plannedInputDigest } from './publish/outputDigests.ts';
import type { FileChanges } from './publish/sourceChanges.ts';
import type { PublishingOptions } from './publishingOptions.ts';
import { siteRoutes, type Route } from './siteRoutes.ts';
import type { SiteShape } from './siteShape.ts';

export type DerivedFile = { contents: string; contentType: string };

/**
 * What a build records of its derived files, and a publish compares with:
 * the content folder's digests (readContentFolder), and the last build's
 * record, if any. With a record, only the derived files that changed keep
 * their contents, and a planned document (a links document, a listing page)
 * whose inputs did not change is not made again: its digest is the record's.
 */
export type Recording = {
  sources: Readonly<Record<string, string>>;
  before?: Pick<BuildRecord, 'sources' | 'derived' | 'documentInputs'>;
  /** Article files checked before, byte for byte the same now (checkedArticles.ts): not checked again. */
  knownArticles?: ReadonlyMap<string, CheckedArticle>;
  /** What changed since the record: with it, only the documents those changes can reach are planned again. */
  sinceRecord?: ChangesSinceRecord;
};

/** What a publish knows changed since the record (documentsToPlan.ts). */
export type ChangesSinceRecord = {
  /** The record's articles whose file changed or went since, as they were (checkedArticles.ts). */
  previousArticles: ReadonlyMap<string, ListedArticle>;
  /** The article files new, changed or gone since the record (sourceChanges.ts). */
  articleFiles: FileChanges;
  /**
   * Whether the ledger of past addresses changed since the record other than
   * by this publish's own entries (recordPastAddresses.ts): then every
   * document is planned.
   */
  isLedgerEdited: boolean;
};

/** What the content stages make of the sources: all of it, or a ContentError and nothing. */
export type PreparedContent = {
  shape: SiteShape;
  /** Every valid article by its file, as checked (known or checked now): what the record keeps for the next publish. */
  checkedArticles: Map<string, CheckedArticle>;
  /**
   * Derived files keyed by their path from the site root (`/content/front.json`,
   * `/sitemap.xml`): every one, or, against a record (Recording), those that changed.
   */
  files: Map<string, DerivedFile>;
  /** Every derived file's digest (hashing.ts), by the same path, in path order. */
  digests: Record<string, string>;
  /** Each planned document's inputs digest (plannedInputDigest), by the same path; empty without a Recording. */
  documentInputs: Record<string, string>;
  routes: Route[];
  /** The photos to make smaller copies of, checked on disk. */
  variantSources: VariantSource[];
  /** Things that were mended, not refused (characters replaced), for the publisher to fix. */
  warnings: string[];
};

const contentTypes: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Collects derived files as they are made, digesting each at once and keeping
 * its contents only when it differs from the record's: at 100,000 articles
 * the derived JSON is about 900 MB, which a publish need not hold to write a
 * few files of it.
 */
function derivedCollector(recording: Recording | undefined) {
  const files = new Map<string, DerivedFile>();
  const digests = new Map<string, string>();
  const documentInputs: Record<string, string> = {};
  const digestOfArticle = recording && articleDigests(recording.sources);
  const add = (filePath: string, contents: string) => {
    const digest = digestOf(contents);
    digests.set(filePath, digest);
    if (recording?.before?.derived[filePath] === digest) return;
    const contentType = filePath.startsWith('/feeds/')
      ? 'application/rss+xml; charset=utf-8'
      : (contentTypes[path.extname(filePath)] ?? 'text/plain');
    files.set(filePath, { contents, contentType });
  };
  /** A planned document (DocumentPlan), made only when its inputs changed since the record. */
  const addPlanned = (filePath: string, plan: DocumentPlan) => {
    const make = () => {
      const made = plan.make();
      return typeof made === 'string' ? made : JSON.stringify(made);
    };
    if (!digestOfArticle) {
      add(filePath, make());
      return;
    }
    const inputs = plannedInputDigest(plan, digestOfArticle);
    documentInputs[filePath] = inputs;
    const recorded = recording.before?.derived[filePath];
    if (recorded !== undefined && recording.before?.documentInputs[filePath] === inputs) {
      digests.set(filePath, recorded);
    } else {
      add(filePath, make());
    }
  };
  /** A planned document whose inputs are known to be the same: the record's digests, if it has them. */
  const keepRecorded = (filePath: string) => {
    const digest = recording?.before?.derived[filePath];
    const inputs = recording?.before?.documentInputs[filePath];
    if (digest === undefined || inputs === undefined) return false;
    digests.set(filePath, digest);
    documentInputs[filePath] = inputs;
    return true;
  };
  const sortedDigests = () =>
    Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { add, addPlanned, keepRecorded, files, documentInputs, sortedDigests };
}

function deriveFiles(
  shape: SiteShape,
  urlPath: string,
  routes: readonly Route[],
  { add, addPlanned }: ReturnType<typeof derivedCollector>,
  { isListingPlanned, isLinksPlanned }: DocumentsToPlan,
) {
  for (const plan of planListings(shape, isListingPlanned)) addPlanned(`${urlPath}/${plan.file}`, plan);
  add(`${urlPath}/${contentPaths.front()}`, JSON.stringify(frontPageOf(shape)));
  for (const plan of planArticleLinks(shape, isLinksPlanned)) addPlanned(`${urlPath}/${plan.file}`, plan);
  for (const [name, schema] of Object.entries(contractJsonSchemas())) {
    add(`${urlPath}/schema/${schemaFileName(name)}`, JSON.stringify(schema));
  }
  const discovery = planDiscovery(shape);
  for (const [filePath, contents] of discovery.files) add(filePath, contents);
  for (const plan of discovery.plans) addPlanned(plan.file, plan);
  const liveUrls = new Set(routes.map((route) => route.url));
  for (const [filePath, contents] of derivePastAddresses(shape, liveUrls)) add(filePath, contents);
}

/**
 * site.json as the app reads it (publishedSiteSchema): the source as written,
 * unknown fields and all, with the list of the site's pages added, so every
 * page has them for its footer and route table without another request. The
 * app reads its canonical address from it too, so a deployment's address
 * stands in for the source's own.
 */
export function publishedSite(siteDocument: unknown, shape: SiteShape, siteUrl: string | undefined): object {
  return {
    ...(siteDocument as object),
    ...(siteUrl === undefined ? {} : { url: siteUrl }),
    pages: shape.pages.map(({ id, title }) => ({ id, title })),
  };
}

/**
 * Runs every content check at once (checkContent: the publishing options, the
 * contract and the facts across files, shared addresses, image origins, images
 * on disk), then derives site.json as published, listings, feeds, the sitemap
 * and what the server needs for past addresses (derivePastAddresses.ts). Any problem throws
 * one ContentError listing all of them, so nothing is derived from bad content.
 * With a snapshot, its JSON files are the ones checked (contentSources.ts).
 */
export async function prepareContent(
  contentDir: string,
  urlPath: string,
  options: PublishingOptions = {},
  snapshot?: ContentSnapshot,
  recording?: Recording,
): Promise<PreparedContent> {
  const { problems, warnings, shape, variantSources, siteDocument, checkedArticles } = await checkContent(
    contentDir,
    options,
    snapshot,
    recording?.knownArticles,
  );
  if (problems.length > 0 || !shape) throw new ContentError(problems);
  const routes = siteRoutes(shape);
  const derived = derivedCollector(recording);
  const toPlan = documentsToPlan(shape, urlPath, checkedArticles, recording, derived.keepRecorded);
  deriveFiles(shape, urlPath, routes, derived, toPlan);
  derived.add(
    `${urlPath}/${contentPaths.site()}`,
    JSON.stringify(publishedSite(siteDocument, shape, options.siteUrl), null, 2),
  );
  return {
    shape,
    checkedArticles,
    files: derived.files,
    digests: derived.sortedDigests(),
    documentInputs: derived.documentInputs,
    routes,
    variantSources,
    warnings,
  };
}
