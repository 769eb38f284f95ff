import * as v from 'valibot';

/**
 * The longest id of an article or section. Ids are file and folder names in
 * the build (`articles/{id}.json`, `news/{id}/index.html`), and file systems
 * allow 255 bytes a name; this leaves room and still fits any headline's slug.
 */
export const MAX_ID_LENGTH = 100;

/**
 * Ids of articles and sections, which are also their URL segments. Its own
 * module so the reader's saved list can check ids without the whole contract.
 */
export const slugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by "-"'),
  v.maxLength(MAX_ID_LENGTH, `expected at most ${String(MAX_ID_LENGTH)} characters`),
);
