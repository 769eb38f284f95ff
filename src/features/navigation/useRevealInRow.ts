import { useEffect, useRef } from 'react';

type Span = { left: number; right: number };

/**
 * How far to scroll a row sideways so that `item` shows whole: 0 when it
 * already does, else the distance that centres it.
 */
export function revealOffset(row: Span, item: Span): number {
  if (item.left >= row.left && item.right <= row.right) return 0;
  return (item.left + item.right) / 2 - (row.left + row.right) / 2;
}

/**
 * Scrolls `row` sideways so that `item` shows whole; only the row moves.
 * (`scrollIntoView` would also scroll the page to the header, away from where
 * the reader is, and Chromium's own scrolling on focus leaves an item that
 * shows in part where it is.)
 */
export function revealInRow(row: Element, item: Element) {
  const offset = revealOffset(row.getBoundingClientRect(), item.getBoundingClientRect());
  // scrollLeft grows towards the right in both directions of text, so this also holds right to left.
  if (offset !== 0) row.scrollLeft += offset;
}

/**
 * A ref for a row that scrolls sideways, which keeps in view its current item
 * (`[aria-current]`), on load and whenever `currentKey` changes, and each of
 * its links as the keyboard reaches it.
 */
export function useRevealInRow<T extends HTMLElement>(currentKey: string | undefined) {
  const rowRef = useRef<T>(null);
  useEffect(() => {
    const row = rowRef.current;
    const item = currentKey === undefined ? null : row?.querySelector('[aria-current]');
    if (row && item) revealInRow(row, item);
  }, [currentKey]);
  useEffect(() => {
    const row = rowRef.current;
    if (!row) return;
    const handleFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element) revealInRow(row, event.target);
    };
    row.addEventListener('focusin', handleFocusIn);
    return () => {
      row.removeEventListener('focusin', handleFocusIn);
    };
  }, []);
  return rowRef;
}
