/**
 * Checks for what the reader-state stores read back from localStorage. The
 * stores are in every page's first script, so they check their few fields by
 * hand instead of through the schema library (about 2.6 KB gzip); the schemas
 * that face outside input (an imported export file) use the library, and a
 * property test holds the two to the same answers.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value);

export const isOneOf = <Option extends string>(options: readonly Option[], value: unknown): value is Option =>
  (options as readonly unknown[]).includes(value);

export const isOptionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

/** Each valid item read, or null if any one is not. */
export function readEach<Item>(value: unknown, read: (item: unknown) => Item | null): Item[] | null {
  if (!Array.isArray(value)) return null;
  const items: Item[] = [];
  for (const item of value) {
    const checked = read(item);
    if (checked === null) return null;
    items.push(checked);
  }
  return items;
}

/** A map of numbers by name; names that would reach the prototype are left out, as the schema library does. */
export function readNumberRecord(value: unknown): Record<string, number> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value).filter(
    ([key]) => key !== '__proto__' && key !== 'prototype' && key !== 'constructor',
  );
  return entries.every(([, number]) => isNumber(number))
    ? (Object.fromEntries(entries) as Record<string, number>)
    : null;
}
