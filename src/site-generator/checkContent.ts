import { contentPaths } from '../features/content/contract/paths.ts';
import { articleImages, salvagedArticleImages, salvagedPageImages } from './articleImages.ts';
import { readSources, type ContentSnapshot, type SourceFile } from './contentSources.ts';
import type { CheckedArticle } from './listedArticle.ts';
import { checkImages, type VariantSource } from './imageVariants.ts';
import { pastAddressesSchema } from '../features/content/contract/schema.ts';
import { checkSources, validate } from './loadContent.ts';
import { contentOriginOf, imageOriginProblems } from './policy/contentSecurityPolicy.ts';
import { publishingProblems, type PublishingOptions } from './publishingOptions.ts';
import { routeCollisions } from './siteRoutes.ts';
import { siteShape, type SiteShape } from './siteShape.ts';

/** Everything the checks found in a content folder, and what the build goes on with when nothing is wrong. */
export type ContentCheck = {
  /** Every problem, one a line, grouped by file: the publishing options and site.json first, then the articles, then the pages, by name. */
  problems: string[];
  /** Things that were mended, not refused (characters replaced), or that read badly (a pull quote repeating the paragraph beside it), for the publisher to fix. */
  warnings: string[];
  /** Every valid article by its file (`articles/x.json`), as checked: what a publish keeps for the next. */
  checkedArticles: Map<string, CheckedArticle>;
  /** The site as the valid sources make it (with the deployment's address, if one is set); undefined when site.json is unusable. */
  shape: SiteShape | undefined;
  /** The photos to make variants of. */
  variantSources: VariantSource[];
  /** site.json as written, for republishing it with a deployment's address. */
  siteDocument: unknown;
};

/** "site.json" or "articles/x.json": the file a problem line names before its first colon. */
const fileOf = (problem: string) => problem.slice(0, problem.indexOf(':'));
/** Options (BROADSHEET_…), site.json, the articles, the pages, each folder by name, then past-addresses.json; stable within a file. */
const rank = (file: string) =>
  file.startsWith('pages/')
    ? 3
    : file.startsWith('articles/')
      ? 2
      : file === 'site.json'
        ? 1
        : file === contentPaths.pastAddresses()
          ? 4
          : 0;
const byFile = (a: string, b: string) => {
  const [fileA, fileB] = [fileOf(a), fileOf(b)];
  if (fileA === fileB) return 0;
  return rank(fileA) - rank(fileB) || (fileA < fileB ? -1 : 1);
};

/**
 * Every check of a content folder in one run, so a publisher sees every
 * problem at once: the publishing options, the contract and the facts across
 * files (sections, ids), pages that would share an address, pictures from
 * servers the pages' policy would block, and the images on disk. Each later
 * check runs whatever the others found, on what passed the contract: an
 * article that breaks it gets its address checked once it is fixed, but its
 * images now, each that passes the contract on its own.
 */
export async function checkContent(
  contentDir: string,
  options: PublishingOptions = {},
  snapshot?: ContentSnapshot,
  knownArticles?: ReadonlyMap<string, CheckedArticle>,
): Promise<ContentCheck> {
  const optionProblems = publishingProblems(options);
  // Options that are wrong themselves are reported, not used.
  const { siteUrl, contentBase }: PublishingOptions = optionProblems.length === 0 ? options : {};
  const sources = await readSources(contentDir, snapshot, knownArticles);
  const checked = checkSources(sources.site, sources.articleFiles, sources.pageFiles);
  const site = checked.site && (siteUrl === undefined ? checked.site : { ...checked.site, url: siteUrl });
  const ledgerProblems: string[] = [];
  const pastAddresses =
    sources.pastAddresses &&
    validate(pastAddressesSchema, sources.pastAddresses.data, sources.pastAddresses.label, ledgerProblems);
  const listed = checked.checkedArticles.map((article) => article.listed);
  const shape = site && siteShape(site, listed, checked.pages, pastAddresses);
  const valid = new Set([
    ...listed.map((article) => contentPaths.article(article.id)),
    ...checked.pages.map((page) => contentPaths.page(page.id)),
  ]);
  const isBroken = ({ label }: { label: string }) => !valid.has(label);
  const images = [
    ...articleImages(listed, checked.pages),
    ...sources.articleFiles
      .filter((file): file is SourceFile => 'data' in file && isBroken(file))
      .flatMap(({ label, data }) => salvagedArticleImages(label, data)),
    ...sources.pageFiles.filter(isBroken).flatMap(({ label, data }) => salvagedPageImages(label, data)),
  ];
  const onDisk = await checkImages(contentDir, images);
  const problems = [
    ...optionProblems,
    ...sources.problems,
    ...checked.problems,
    ...ledgerProblems,
    ...(shape ? routeCollisions(shape) : []),
    ...(site
      ? imageOriginProblems(images, {
          siteUrl: site.url,
          imageOrigins: site.imageOrigins ?? [],
          contentOrigin: contentOriginOf(contentBase),
        })
      : []),
    ...onDisk.problems,
  ].sort(byFile);
  return {
    problems,
    warnings: [...checked.warnings, ...checked.checkedArticles.flatMap((article) => article.echoes)],
    checkedArticles: new Map(
      checked.checkedArticles.map((article) => [contentPaths.article(article.listed.id), article]),
    ),
    shape,
    variantSources: onDisk.sources,
    siteDocument: sources.site?.data,
  };
}
