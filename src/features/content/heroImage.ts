import { resolveContentUrl } from './contentUrl';
import { detachedPicture } from './detachedPicture';
import { pictureSources } from './pictureSources';

/** How wide an article's hero is drawn: the page's reading column, or the whole phone screen. */
export const HERO_SIZES = '(min-width: 51rem) 48rem, 100vw';

type HeroImage = { src: string; width: number };

/**
 * Fetches and decodes the file an article's hero will show, ahead of a click:
 * a `<picture>` like the hero's (same sources, same `sizes`), never attached,
 * so the browser picks the same format and width for this screen, and the
 * hero finds it in the memory cache. Resolves once it is decoded or failed.
 */
export function warmHeroImage({ src, width }: HeroImage): Promise<void> {
  const sources = pictureSources(src, width, HERO_SIZES).map(({ type, srcSet, sizes }) => ({
    type,
    srcset: srcSet,
    sizes,
  }));
  return detachedPicture(sources, resolveContentUrl(src))
    .decode()
    .catch(() => undefined);
}
