import { useDeferredValue, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { hasShownFirstPage } from './firstPage';

/**
 * Whether a page renders whole. A fresh in-app visit starts with the page's
 * top, and the rest follows in a deferred render just after the top is
 * painted, so the reader sees the headline sooner. The first page (hydrating
 * its prerendered HTML), back and forward (which restore a scroll position)
 * and an address with a #fragment (which scrolls to a paragraph) need the
 * whole page in the same render.
 */
export function useRendersWhole(): boolean {
  const { hash } = useLocation();
  const navigationType = useNavigationType();
  const [startsWhole] = useState(
    () => !hasShownFirstPage() || hash !== '' || navigationType === NavigationType.Pop,
  );
  return useDeferredValue(true, startsWhole);
}
