import { HERO_SIZES, warmHeroImage } from './heroImage';

/** jsdom does not decode images: record which image the warming asked to decode. */
function recordDecodes() {
  const decoded: HTMLImageElement[] = [];
  const decode = vi.fn(function (this: HTMLImageElement) {
    decoded.push(this);
    return Promise.resolve();
  });
  Object.defineProperty(HTMLImageElement.prototype, 'decode', { value: decode, configurable: true });
  return decoded;
}

describe('warmHeroImage', () => {
  it('asks for a photo as the hero will: AVIF, then WebP, at every width, with the hero’s sizes', async () => {
    const decoded = recordDecodes();

    await warmHeroImage({ src: 'images/harbour.jpg', width: 1200 });

    const [img] = decoded;
    const sources = [...(img?.parentElement?.querySelectorAll('source') ?? [])];
    expect(sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    expect(sources.map((source) => source.sizes)).toEqual([HERO_SIZES, HERO_SIZES]);
    expect(sources[0]?.srcset).toMatch(/^\/content\/images\/variants\/harbour-320\.avif 320w,/);
    expect(img?.getAttribute('src')).toBe('/content/images/harbour.jpg');
    expect(img?.isConnected).toBe(false);
  });

  it('asks for a drawing as it is', async () => {
    const decoded = recordDecodes();

    await warmHeroImage({ src: 'images/map.svg', width: 800 });

    expect(decoded[0]?.parentElement?.querySelectorAll('source')).toHaveLength(0);
    expect(decoded[0]?.getAttribute('src')).toBe('/content/images/map.svg');
  });

  it('settles without an error when the file cannot be had', async () => {
    Object.defineProperty(HTMLImageElement.prototype, 'decode', {
      value: () => Promise.reject(new Error('EncodingError')),
      configurable: true,
    });

    await expect(warmHeroImage({ src: 'images/missing.jpg', width: 800 })).resolves.toBeUndefined();
  });
});
