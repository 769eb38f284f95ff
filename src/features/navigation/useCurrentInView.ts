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
 * A ref for a row that scrolls sideways, which brings its current item
 * (`[aria-current]`) into view whenever `currentKey` changes: on load and on
 * every page change. Only the row moves; `scrollIntoView` would also scroll
 * the page up to the header, away from where the reader is.
 */
export function useCurrentInView<T extends HTMLElement>(currentKey: string | undefined) {
  const rowRef = useRef<T>(null);
  useEffect(() => {
    const row = rowRef.current;
    const item = currentKey === undefined ? null : row?.querySelector('[aria-current]');
    if (!row || !item) return;
    const offset = revealOffset(row.getBoundingClientRect(), item.getBoundingClientRect());
    // scrollLeft grows towards the right in both directions of text, so this also holds right to left.
    if (offset !== 0) row.scrollLeft += offset;
  }, [currentKey]);
  return rowRef;
}
