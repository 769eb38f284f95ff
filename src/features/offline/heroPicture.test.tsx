import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeroFigure } from '@/features/article/HeroFigure';
import { heroPictureIn } from './heroPicture';

const photo = { src: 'images/harbour.jpg', alt: 'The harbour at dawn', width: 1600, height: 900 };

/** A page as the prerenderer writes it: the header's hero, then a figure of the body. */
function pageWith(image: typeof photo) {
  return `<!doctype html><html><body><header><img src="/logo.svg"></header><main id="main">${renderToString(
    <article>
      <HeroFigure image={image} />
      <figure>
        <img src="/content/images/body.jpg" alt="" />
      </figure>
    </article>,
  )}</main></body></html>`;
}

describe('heroPictureIn', () => {
  it('reads the hero’s sources and image exactly as a browser parses them from the page', () => {
    const page = pageWith(photo);
    // The browser's own reading of the same page, which the reconciler cannot use (Trusted Types).
    const hero = new DOMParser().parseFromString(page, 'text/html').getElementsByTagName('figure')[0];
    const sources = [...(hero?.getElementsByTagName('source') ?? [])].map((source) => ({
      type: source.type,
      srcset: source.srcset,
      sizes: source.sizes,
    }));

    const picture = heroPictureIn(page, photo.src);

    expect(sources).toHaveLength(2);
    expect(picture).toEqual({ sources, src: hero?.getElementsByTagName('img')[0]?.getAttribute('src') });
  });

  it('reads a drawn hero, which has no variants, as its one image', () => {
    const drawing = { ...photo, src: 'images/tides.svg' };
    expect(heroPictureIn(pageWith(drawing), drawing.src)).toEqual({
      sources: [],
      src: '/content/images/tides.svg',
    });
  });

  it('decodes the markup’s entities in addresses', () => {
    const html = '<main><figure><img src="/content/images/a&amp;b.svg"></figure></main>';
    expect(heroPictureIn(html, 'images/a&b.svg')?.src).toBe('/content/images/a&b.svg');
  });

  it('finds nothing when the first figure is not the image the article names', () => {
    expect(heroPictureIn(pageWith(photo), 'images/another.jpg')).toBeUndefined();
    expect(heroPictureIn('<main><p>No figure</p></main>', photo.src)).toBeUndefined();
  });
});
