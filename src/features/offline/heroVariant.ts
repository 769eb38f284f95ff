import { sitePathOf } from '@/lib/basePath';
import { detachedPicture } from '@/features/content/detachedPicture';
import type { HeroPicture } from './heroPicture';

const WAIT_FOR_CHOICE = 10_000;

/**
 * The file of a hero this device shows: on the article's own page, the one
 * the hero `<img>` is showing (`currentSrc`); anywhere else, the one the
 * browser picks from a copy of the page's own `<picture>` (same sources, same
 * `sizes`) for this viewport and pixel ratio. The browser makes the choice in
 * both cases, so the stored file is the one the page will ask for.
 */
export async function heroVariantUrl(picture: HeroPicture, articlePath: string): Promise<string> {
  const shown =
    sitePathOf(window.location.pathname) === articlePath
      ? document.querySelector<HTMLImageElement>('main figure img')
      : null;
  const img =
    shown?.getAttribute('src') === picture.src ? shown : detachedPicture(picture.sources, picture.src);
  await chosen(img);
  return img.currentSrc || picture.src;
}

/** Waits until the browser has chosen and loaded (or failed to load) the image's source. */
function chosen(img: HTMLImageElement): Promise<void> {
  if (img.complete && img.currentSrc) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, WAIT_FOR_CHOICE);
    img.addEventListener('load', done, { once: true });
    img.addEventListener('error', done, { once: true });
  });
}
