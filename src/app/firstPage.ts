let hasShown = false;
let isNotFound = false;

/**
 * Whether the document's first page (or the error page in its place) has
 * been shown. Before that the app is loading the address the browser asked
 * for; after it, every page is an in-app navigation.
 */
export function hasShownFirstPage(): boolean {
  return hasShown;
}

export function markFirstPageShown() {
  hasShown = true;
}

/**
 * Whether the document is the not-found page, which is prerendered once, in
 * no section, and answers every unknown address.
 */
export function isNotFoundDocument(): boolean {
  return isNotFound;
}

export function markNotFoundDocument() {
  isNotFound = true;
}
