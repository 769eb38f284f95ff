/**
 * The content base: `content/` below the site's base path, or another server
 * set at build time with BROADSHEET_CONTENT_BASE.
 */
const contentBase = (import.meta.env.BROADSHEET_CONTENT_BASE ?? `${import.meta.env.BASE_URL}content`).replace(
  /\/+$/,
  '',
);

export function contentUrl(path: string): string {
  return `${contentBase}/${path}`;
}

/** Image and other references in content are relative to the content base unless absolute. */
export function resolveContentUrl(reference: string): string {
  return /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(reference) ? reference : contentUrl(reference);
}
