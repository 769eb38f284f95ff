/** What differs between two maps of digests by file: files new or changed, and files gone. */
export type FileChanges = { changed: string[]; removed: string[] };

/** Keys of `now` whose value differs from `before`'s (new keys too), and keys of `before` that `now` lacks. */
export function differences(
  before: Readonly<Record<string, string>>,
  now: Readonly<Record<string, string>>,
): FileChanges {
  // Loops, not filters of Object.keys: the record's maps hold hundreds of thousands of keys.
  const changed: string[] = [];
  for (const key in now) if (before[key] !== now[key]) changed.push(key);
  const removed: string[] = [];
  for (const key in before) if (!(key in now)) removed.push(key);
  return { changed, removed };
}

const ARTICLE_FILE = /^articles\/(.+)\.json$/;

/** The article id a content file holds, `articles/{id}.json`, or undefined for any other file. */
export const articleIdOf = (file: string): string | undefined => ARTICLE_FILE.exec(file)?.[1];

/** Only the article files of `changes`: a publish's few among the 100,000 sources that are the same. */
export function articleFileChanges({ changed, removed }: FileChanges): FileChanges {
  const isArticleFile = (file: string) => articleIdOf(file) !== undefined;
  return { changed: changed.filter(isArticleFile), removed: removed.filter(isArticleFile) };
}
