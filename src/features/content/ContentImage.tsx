import { resolveContentUrl } from './contentUrl';
import { pictureSources } from './pictureSources';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The hero is the likely largest paint: load it first. Everything else waits for the viewport. */
  isPriority?: boolean;
  /** How wide the image is drawn, so the browser can pick the smallest variant that is sharp enough. */
  sizes: string;
  className?: string;
};

/**
 * An image from the content, with its true size set so nothing shifts when it
 * arrives. A photo comes as AVIF or WebP at the width the layout needs (the
 * build makes those variants); the original is the fallback. SVG passes through.
 *
 * With the data saver on (`html[data-save-data]`, set before the first paint,
 * so prerendered pages obey it too) an image that waits for the viewport is
 * held: CSS shows a "Show image" button in its box instead, and the lazy image
 * hidden with it is never requested. The button is plain markup: the reader
 * companion answers it (features/data-saver/showHeldImage.ts) and loads the
 * smallest variant, so the page's first script carries none of that code.
 */
export function ContentImage({ src, alt, width, height, isPriority = false, sizes, className = '' }: Props) {
  let image = (
    <img
      src={resolveContentUrl(src)}
      alt={alt}
      width={width}
      height={height}
      loading={isPriority ? 'eager' : 'lazy'}
      decoding={isPriority ? 'sync' : 'async'}
      fetchPriority={isPriority ? 'high' : 'auto'}
      className={`h-auto w-full bg-surface ${className}`}
    />
  );
  const sources = pictureSources(src, width, sizes);
  if (sources.length > 0)
    image = (
      <picture>
        {sources.map((source) => (
          <source key={source.type} {...source} />
        ))}
        {image}
      </picture>
    );
  if (isPriority) return image;
  return (
    <>
      {image}
      {/* Styled in index.css. The drawing gives the box the image's proportions (the policy allows no inline style). */}
      <button type="button" data-holds-image className={className}>
        <svg viewBox={`0 0 ${String(width)} ${String(height)}`} />
        <span>Show image</span>
      </button>
    </>
  );
}
