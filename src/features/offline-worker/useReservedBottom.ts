import { useEffect, type RefObject } from 'react';

/**
 * While a bar is fixed to the bottom of the window, the page keeps its
 * height free: focus moves and scrolling into view stop above it
 * (scroll-padding), the page's end can scroll clear of it (padding after
 * the body's content, which moves nothing on screen), and what has focus
 * when it appears is scrolled out from under it.
 */
export function useReservedBottom(bar: RefObject<HTMLElement | null>, isShown: boolean) {
  useEffect(() => {
    const element = bar.current;
    if (!isShown || !element) return;
    const root = document.documentElement;
    const reserve = () => {
      const height = `${String(Math.ceil(element.getBoundingClientRect().height))}px`;
      root.style.scrollPaddingBottom = height;
      document.body.style.paddingBottom = height;
    };
    reserve();
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused !== document.body)
      focused.scrollIntoView({ block: 'nearest' });
    const observer = new ResizeObserver(reserve);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
      document.body.style.paddingBottom = '';
    };
  }, [bar, isShown]);
}
