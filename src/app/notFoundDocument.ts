let notFoundAt: string | null = null;

/**
 * The document is the server's not-found page (prerendered for any address),
 * answering `sitePath`: main.tsx says so before hydrating it.
 */
export function markNotFoundDocument(sitePath: string) {
  notFoundAt = sitePath;
}

/** Whether `sitePath` is the address the server answered with its not-found page. */
export function isNotFoundDocumentAt(sitePath: string): boolean {
  return notFoundAt === sitePath;
}
