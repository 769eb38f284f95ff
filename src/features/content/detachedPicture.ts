type PictureSource = { type: string; srcset: string; sizes: string };

/**
 * A `<picture>` never attached to the page: the browser still picks one of
 * its sources for this screen (format and width) and fetches it, as it would
 * for the same markup on the page. Returns its `<img>`.
 */
export function detachedPicture(sources: readonly PictureSource[], src: string): HTMLImageElement {
  const picture = document.createElement('picture');
  for (const { type, srcset, sizes } of sources) {
    const source = document.createElement('source');
    source.type = type;
    source.sizes = sizes;
    source.srcset = srcset;
    picture.append(source);
  }
  const img = document.createElement('img');
  picture.append(img);
  img.src = src;
  return img;
}
