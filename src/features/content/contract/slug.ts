import * as v from 'valibot';

/**
 * Ids of articles and sections, which are also their URL segments. Its own
 * module so the reader's saved list can check ids without the whole contract.
 */
export const slugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by "-"'),
);
