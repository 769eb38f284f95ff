import { imageVariants, variantStem, variantWidths } from './imageVariants';

describe('variantWidths', () => {
  it.each([
    [1600, [320, 480, 640, 960, 1280, 1600]],
    [1200, [320, 480, 640, 960, 1200]],
    [1000, [320, 480, 640, 1000]],
    [640, [320, 480, 640]],
    [200, [200]],
  ])('resizes a %i px wide image to %j', (width, expected) => {
    expect(variantWidths(width)).toEqual(expected);
  });

  it('never goes above the top of the ladder for a very large image', () => {
    expect(variantWidths(4000)).toEqual([320, 480, 640, 960, 1280, 1600]);
  });

  it('drops a ladder step that would be a near copy of the full width', () => {
    expect(variantWidths(1300)).toEqual([320, 480, 640, 960, 1300]);
  });
});

describe('imageVariants', () => {
  it('lists AVIF first, then WebP, each at every width, in a variants folder beside the source', () => {
    const sets = imageVariants('images/harbour.jpg', 640);

    expect(sets).toEqual([
      {
        format: 'avif',
        type: 'image/avif',
        files: [
          { width: 320, path: 'images/variants/harbour-320.avif' },
          { width: 480, path: 'images/variants/harbour-480.avif' },
          { width: 640, path: 'images/variants/harbour-640.avif' },
        ],
      },
      {
        format: 'webp',
        type: 'image/webp',
        files: [
          { width: 320, path: 'images/variants/harbour-320.webp' },
          { width: 480, path: 'images/variants/harbour-480.webp' },
          { width: 640, path: 'images/variants/harbour-640.webp' },
        ],
      },
    ]);
  });

  it.each(['images/a.jpg', 'images/a.JPEG', 'a.png', 'photos/2026/a.webp', 'images/a.avif'])(
    'makes variants of the raster image %s',
    (src) => {
      expect(imageVariants(src, 800)).toHaveLength(2);
    },
  );

  it.each([
    'images/map.svg',
    'images/loop.gif',
    'images/photo',
    'images/photo.jpg?v=2',
    'https://cdn.example/photo.jpg',
    '//cdn.example/photo.jpg',
    '/content/images/photo.jpg',
  ])('lets %s pass through without variants', (src) => {
    expect(imageVariants(src, 1200)).toEqual([]);
  });

  it('keeps nested folders in the variant path', () => {
    expect(variantStem('images/2026/harbour.jpeg')).toBe('images/2026/variants/harbour');
  });
});
