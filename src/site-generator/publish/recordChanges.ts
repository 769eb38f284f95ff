// A publish changes a few hundred of the record's million entries. Writing the
// whole record again (53 MB at 100,000 articles) took about a second of every
// publish, so a publish writes only the entries changed since the record was
// last written whole, beside it (buildRecord.ts), until they number
// MOST_RECORD_CHANGES, when the whole record is written again.

/** The record's fields that hold an entry per file: what the changes patch. */
export const ENTRY_FIELDS = [
  'sources',
  'derived',
  'documentInputs',
  'pages',
  'cards',
  'variants',
  'search',
] as const;

export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Changed entries by field, then key: the entry as it is now, or null for one gone. */
export type EntryChanges = Partial<Record<EntryField, Record<string, unknown>>>;

/** How many changed entries are kept beside the record before it is written whole again. */
export const MOST_RECORD_CHANGES = 20_000;

type Entries = Readonly<Record<string, unknown>>;

/** Whether two entries are the same: the same object (a kept page record) or the same JSON. */
const isSameEntry = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The entries of `after` new or changed since `before`, and null for each gone. */
function changedEntries(before: Entries, after: Entries): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const key in before) if (!Object.hasOwn(after, key)) changed[key] = null;
  for (const key in after) {
    const entry = after[key];
    if (!Object.hasOwn(before, key) || !isSameEntry(before[key], entry)) changed[key] = entry;
  }
  return changed;
}

/** The keys a publish already knows changed in a field (sourceChanges.ts): all that did, perhaps more. */
export type KnownChanges = Partial<
  Record<EntryField, { changed: readonly string[]; removed: readonly string[] }>
>;

/** The entries of `after` at the keys `known` names: as they are, or null for one gone. */
function knownEntries(after: Entries, { changed, removed }: NonNullable<KnownChanges[EntryField]>) {
  const entries: Record<string, unknown> = {};
  for (const key of removed) entries[key] = null;
  for (const key of changed) entries[key] = Object.hasOwn(after, key) ? after[key] : null;
  return entries;
}

/**
 * The changes since the record was written whole, after a publish took it
 * from `before` to `after`: those made before it (`since`), with its own on
 * top. A field whose changed keys the publish knows (`known`) is not compared
 * entry by entry: at 100,000 articles that is a third of a second a field.
 */
export function changesSince(
  since: EntryChanges,
  before: Readonly<Record<EntryField, Entries>>,
  after: Readonly<Record<EntryField, Entries>>,
  known: KnownChanges = {},
): EntryChanges {
  const changes: EntryChanges = {};
  for (const field of ENTRY_FIELDS) {
    const knownInField = known[field];
    const own = knownInField
      ? knownEntries(after[field], knownInField)
      : changedEntries(before[field], after[field]);
    const merged = { ...since[field], ...own };
    if (Object.keys(merged).length > 0) changes[field] = merged;
  }
  return changes;
}

/** How many entries the changes hold. */
export function changeCount(changes: EntryChanges): number {
  return ENTRY_FIELDS.reduce((count, field) => count + Object.keys(changes[field] ?? {}).length, 0);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The changes as parsed from their file, or undefined when they are not changes by entry field. */
export function entryChangesOf(value: unknown): EntryChanges | undefined {
  if (!isObject(value)) return undefined;
  for (const field in value) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(field) || !isObject(value[field])) return undefined;
  }
  return value;
}

/** Applies `changes` to the parsed whole record `record`, in place. */
export function applyChanges(record: Record<string, unknown>, changes: EntryChanges): void {
  for (const field of ENTRY_FIELDS) {
    const entries = record[field];
    const changed = changes[field];
    if (!isObject(entries) || changed === undefined) continue;
    for (const key in changed) {
      const entry = changed[key];
      if (entry === null) Reflect.deleteProperty(entries, key);
      else entries[key] = entry;
    }
  }
}
