/** The content base: `/content` on the site itself, or another server set at build time. */
const contentBase = (import.meta.env.VITE_CONTENT_BASE ?? '/content').replace(/\/+$/, '');

export function contentUrl(path: string): string {
  return `${contentBase}/${path}`;
}

/** Image and other references in content are relative to the content base unless absolute. */
export function resolveContentUrl(reference: string): string {
  return /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(reference) ? reference : contentUrl(reference);
}
