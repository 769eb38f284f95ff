import { useEffect, useRef, useState } from 'react';

export type Edge = 'top' | 'bottom';

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

/**
 * Which edge of the window a fixed bar sits on so that it never covers what
 * has keyboard focus: the top, unless the focused element is under it there,
 * then the bottom. Looked at whenever focus moves or the page scrolls.
 */
export function useClearOfFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [edge, setEdge] = useState<Edge>('top');

  useEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const bar = ref.current;
      const focused = document.activeElement;
      if (!bar || !(focused instanceof HTMLElement) || bar.contains(focused)) return;
      const target = focused.getBoundingClientRect();
      const box = bar.getBoundingClientRect();
      const viewportHeight = document.documentElement.clientHeight;
      const gap = bar.dataset.edge === 'bottom' ? viewportHeight - box.bottom : box.top;
      const atTop = new DOMRect(box.left, gap, box.width, box.height);
      const atBottom = new DOMRect(box.left, viewportHeight - gap - box.height, box.width, box.height);
      setEdge(!overlaps(atTop, target) ? 'top' : overlaps(atBottom, target) ? 'top' : 'bottom');
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    document.addEventListener('focusin', schedule);
    window.addEventListener('scroll', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', schedule);
      window.removeEventListener('scroll', schedule);
    };
  }, []);
  return { ref, edge };
}
