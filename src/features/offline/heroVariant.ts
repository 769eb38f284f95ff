import { resolveContentUrl } from '@/features/content/contentUrl';
import { HERO_SIZES, imageVariants } from '@/features/content/imageVariants';
import { sitePathOf } from '@/lib/basePath';
import type { HeroImage } from './storeArticle';

const WAIT_FOR_CHOICE = 10_000;

/**
 * The file of a hero this device shows: on the article's own page, the one
 * the hero `<img>` is showing (`currentSrc`); anywhere else, the one the
 * browser picks from the same `<picture>` (built from imageVariants with the
 * hero's `sizes`) for this viewport and pixel ratio. The browser makes the
 * choice in both cases, so the stored file is the one the page will ask for.
 */
export async function heroVariantUrl(image: HeroImage, articlePath: string): Promise<string> {
  const original = resolveContentUrl(image.src);
  const shown =
    sitePathOf(window.location.pathname) === articlePath
      ? [...document.querySelectorAll<HTMLImageElement>('main img')].find(
          (img) => img.getAttribute('src') === original,
        )
      : undefined;
  const img = shown ?? pictureFor(image, original);
  await chosen(img);
  return img.currentSrc || original;
}

/** A `<picture>` like the hero's, never attached: the browser still picks and fetches one source. */
function pictureFor(image: HeroImage, original: string): HTMLImageElement {
  const picture = document.createElement('picture');
  for (const { type, files } of imageVariants(image.src, image.width)) {
    const source = document.createElement('source');
    source.type = type;
    source.sizes = HERO_SIZES;
    source.srcset = files.map((file) => `${resolveContentUrl(file.path)} ${String(file.width)}w`).join(',');
    picture.append(source);
  }
  const img = document.createElement('img');
  img.width = image.width;
  picture.append(img);
  img.src = original;
  return img;
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
