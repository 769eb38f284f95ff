/**
 * A derived document not made yet: what it is made from and how to make it.
 * A build records a digest of `inputs` with the source digests of the
 * articles in `shows` (publish/outputDigests.ts plannedInputDigest); a
 * publish makes the document again only when that digest changed. Making
 * every listing page and links document of a 100,000-article archive on each
 * publish took seconds for the few that change.
 */
export type DocumentPlan<Inputs extends object = object, Document = unknown> = {
  /** Its path below the content base, `article-links/{id}.json`, or from the site root for a sitemap. */
  file: string;
  /** Everything it is made from besides the articles' own files: ids by role, titles, page numbers. */
  inputs: Inputs;
  /** The ids of the articles whose files it reads. */
  shows: readonly string[];
  /** The document: an object is written as JSON, text as it is. */
  make: () => Document;
};
