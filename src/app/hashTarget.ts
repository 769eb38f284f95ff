const HIGHLIGHT_TIME = 2500;

/** The element a `#fragment` names, e.g. a paragraph anchor; text fragments never reach here. */
export function findHashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** Marks the linked paragraph for a moment; CSS fades it, or holds it still under reduced motion. */
export function highlight(element: HTMLElement) {
  // `#main` is the skip link followed before the script ran: the whole page, not a passage.
  if (element.id === 'main') return;
  element.dataset.highlighted = '';
  setTimeout(() => {
    delete element.dataset.highlighted;
  }, HIGHLIGHT_TIME);
}
