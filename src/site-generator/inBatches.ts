/**
 * Files opened at once by work over a whole archive: a process may open only
 * so many (often a few thousand, 1,024 on many machines), and an archive has
 * 100,000 articles.
 */
export const FILES_AT_ONCE = 64;

/** `work` on every item, `atOnce` items at a time, the results in the items' order. */
export async function mapInBatches<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  atOnce = FILES_AT_ONCE,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += atOnce) {
    results.push(...(await Promise.all(items.slice(start, start + atOnce).map(work))));
  }
  return results;
}
