import { render, screen } from '@testing-library/react';
import { ContentImage } from './ContentImage';

const ALT = 'Fishing boats in the harbour at dawn';
const SIZES = '(min-width: 51rem) 48rem, 100vw';

function renderImage(props: Partial<Parameters<typeof ContentImage>[0]> = {}) {
  return render(
    <ContentImage src="images/harbour.jpg" alt={ALT} width={1200} height={675} sizes={SIZES} {...props} />,
  );
}

/** The held image's drawing has no role either: it only gives the button the image's proportions. */
function drawingOf(button: HTMLElement) {
  return button.querySelector('svg');
}

/** `<source>` has no role; the picture's sources are read from the DOM. */
function sourcesOf(image: HTMLElement) {
  return [...(image.closest('picture')?.querySelectorAll('source') ?? [])];
}

describe('ContentImage', () => {
  it('offers a photo as AVIF, then WebP, at every variant width, with the layout sizes', () => {
    renderImage();

    const sources = sourcesOf(screen.getByRole('img', { name: ALT }));

    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]?.getAttribute('srcset')).toBe(
      [320, 480, 640, 960, 1200]
        .map((width) => `/content/images/variants/harbour-${String(width)}.avif ${String(width)}w`)
        .join(','),
    );
    expect(sources[1]?.getAttribute('srcset')).toMatch(
      /^\/content\/images\/variants\/harbour-320\.webp 320w,/,
    );
    expect(sources.map((source) => source.getAttribute('sizes'))).toEqual([SIZES, SIZES]);
  });

  it('keeps the original photo, its true size and its alt text on the img as the fallback', () => {
    renderImage();

    const image = screen.getByRole('img', { name: ALT });

    expect(image).toHaveAttribute('src', '/content/images/harbour.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    expect(image.parentElement?.tagName).toBe('PICTURE');
  });

  it('renders an SVG as a plain img, with no picture around it', () => {
    renderImage({ src: 'images/map.svg' });

    const image = screen.getByRole('img', { name: ALT });

    expect(image).toHaveAttribute('src', '/content/images/map.svg');
    expect(image.parentElement?.tagName).not.toBe('PICTURE');
    expect(sourcesOf(image)).toEqual([]);
  });

  it('loads the priority image at once and first', () => {
    renderImage({ isPriority: true });

    const image = screen.getByRole('img', { name: ALT });

    expect(image).toHaveAttribute('loading', 'eager');
    expect(image).toHaveAttribute('fetchpriority', 'high');
  });

  it.each(['images/harbour.jpg', 'images/map.svg'])('loads %s lazily when it is not the priority', (src) => {
    renderImage({ src });

    const image = screen.getByRole('img', { name: ALT });

    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).not.toHaveAttribute('fetchpriority', 'high');
  });

  describe('with the data saver (the button shows only under html[data-save-data], by CSS)', () => {
    it('holds an image that waits for the viewport behind a Show image button in its box', () => {
      renderImage();

      const button = screen.getByRole('button', { name: 'Show image' });

      expect(button).toHaveAttribute('data-holds-image');
      expect(drawingOf(button)).toHaveAttribute('viewBox', '0 0 1200 675');
    });

    it('never holds the priority image', () => {
      renderImage({ isPriority: true });

      expect(screen.queryByRole('button', { name: 'Show image' })).not.toBeInTheDocument();
    });
  });
});
