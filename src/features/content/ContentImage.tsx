import { resolveContentUrl } from './contentUrl';
import { imageVariants } from './imageVariants';

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
 */
export function ContentImage({ src, alt, width, height, isPriority = false, sizes, className = '' }: Props) {
  const image = (
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
  const sets = imageVariants(src, width);
  if (sets.length === 0) return image;
  return (
    <picture>
      {sets.map(({ type, files }) => (
        <source
          key={type}
          type={type}
          srcSet={files.map((file) => `${resolveContentUrl(file.path)} ${String(file.width)}w`).join(',')}
          sizes={sizes}
        />
      ))}
      {image}
    </picture>
  );
}
