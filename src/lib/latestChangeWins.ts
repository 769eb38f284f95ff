/**
 * The rule the reader stores merge by, so that two tabs writing at once settle
 * on the same state in any order: per id, the entry changed last wins, and a
 * tie is broken on the whole entry, never on which tab spoke first.
 */
export function latestPerId<T extends { id: string }>(
  entries: Iterable<T>,
  changedAt: (entry: T) => number,
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const entry of entries) {
    const known = latest.get(entry.id);
    const isNewer =
      !known ||
      changedAt(entry) > changedAt(known) ||
      (changedAt(entry) === changedAt(known) && JSON.stringify(entry) > JSON.stringify(known));
    if (isNewer) latest.set(entry.id, entry);
  }
  return latest;
}
