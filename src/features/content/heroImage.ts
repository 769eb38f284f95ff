import { resolveContentUrl } from './contentUrl';
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
  const picture = document.createElement('picture');
  for (const { type, srcSet, sizes } of pictureSources(src, width, HERO_SIZES)) {
    const source = document.createElement('source');
    source.type = type;
    source.sizes = sizes;
    source.srcset = srcSet;
    picture.append(source);
  }
  const img = document.createElement('img');
  picture.append(img);
  img.src = resolveContentUrl(src);
  return img.decode().catch(() => undefined);
}
