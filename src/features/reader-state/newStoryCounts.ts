/**
 * How many new stories each followed section has, as the navigation shows it
 * ("3 new", "20+ new"), by section id. The reader companion counts and sets them once
 * the page is live; the header only reads them. Kept apart from the follow
 * store, and free of any schema, because the header is in every page's entry
 * script.
 */
let counts: Readonly<Record<string, string>> = {};
const listeners = new Set<() => void>();

export function subscribeToNewCounts(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const newCountOf = (sectionId: string): string | undefined => counts[sectionId];

export function setNewCounts(next: Readonly<Record<string, string>>) {
  counts = next;
  for (const listener of listeners) listener();
}
