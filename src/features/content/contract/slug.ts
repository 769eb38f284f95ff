/**
 * The longest id of an article or section. Ids are file and folder names in
 * the build (`articles/{id}.json`, `news/{id}/index.html`), and file systems
 * allow 255 bytes a name; this leaves room and still fits any headline's slug.
 */
export const MAX_ID_LENGTH = 100;

/** Ids of articles and sections, which are also their URL segments: lower-case words joined by "-". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a value is such an id (what `slugSchema` checks, without the schema library). */
export const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
