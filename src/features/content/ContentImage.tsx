import { resolveContentUrl } from './contentUrl';

type Props = {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The hero is the likely largest paint: load it first. Everything else waits for the viewport. */
  isPriority?: boolean;
  sizes?: string;
  className?: string;
};

/** An image from the content, with its true size set so nothing shifts when it arrives. */
export function ContentImage({ src, alt, width, height, isPriority = false, sizes, className = '' }: Props) {
  return (
    <img
      src={resolveContentUrl(src)}
      alt={alt}
      width={width}
      height={height}
      sizes={sizes}
      loading={isPriority ? 'eager' : 'lazy'}
      decoding={isPriority ? 'sync' : 'async'}
      fetchPriority={isPriority ? 'high' : 'auto'}
      className={`h-auto w-full bg-surface ${className}`}
    />
  );
}
