import { useEffect } from 'react';

/**
 * Answers the "Show image" buttons ContentImage puts beside an image the data
 * saver holds: the image appears, drawn 1px wide as far as the browser's
 * choice of file goes, so it takes the smallest variant; focus moves onto it,
 * as the button it replaces is gone. Plain markup answered here, from the
 * reader companion, so the page's first script carries none of this.
 */
export function useHeldImages() {
  useEffect(() => {
    const handleClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('[data-holds-image]') : null;
      const held = button?.previousElementSibling;
      if (!(button instanceof HTMLElement) || !held) return;
      for (const source of held.querySelectorAll('source')) source.sizes = '1px';
      button.dataset.shown = '';
      const image = held instanceof HTMLImageElement ? held : held.querySelector('img');
      if (!image) return;
      image.tabIndex = -1;
      image.focus({ preventScroll: true });
    };
    document.addEventListener('click', handleClick);
    return () => {
      document.removeEventListener('click', handleClick);
    };
  }, []);
}
