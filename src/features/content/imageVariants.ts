/**
 * Which smaller copies the build makes of a content image, and where they live.
 * The build writes exactly these files and the browser asks for exactly these
 * URLs, both from this one function, so no manifest is needed.
 */

/** Widths a raster image is resized to, capped at its own width (never upscaled). */
export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;
const WIDEST = 1600;

/** Best first: a browser takes the first `<source>` whose type it supports. */
export const VARIANT_FORMATS = ['avif', 'webp'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export type VariantFile = { width: number; path: string };
export type VariantSet = { format: VariantFormat; type: `image/${VariantFormat}`; files: VariantFile[] };

/** A relative path to a photo: jpg, jpeg, png, webp or avif. SVG, GIF and remote images pass through. */
const RASTER_SOURCE =
  /^(?![a-z][a-z0-9+.-]*:|\/)(?<folder>(?:[^?#]*\/)?)(?<name>[^/?#]+)\.(?:jpe?g|png|webp|avif)$/i;

/**
 * A ladder step this close below the image's own width would be a near copy
 * of it; the full width takes its place.
 */
const NEAR_FULL_WIDTH = 0.9;

/** The widths of an image's variants: the ladder below its width, then its width (or the top step). */
export function variantWidths(intrinsicWidth: number): number[] {
  const top = Math.min(intrinsicWidth, WIDEST);
  return [...VARIANT_WIDTHS.filter((width) => width < top * NEAR_FULL_WIDTH), top];
}

/** The variant file names of a source, without width and format: `images/variants/harbour`. */
export function variantStem(src: string): string | undefined {
  const match = RASTER_SOURCE.exec(src);
  if (!match?.groups) return undefined;
  return `${match.groups.folder ?? ''}variants/${match.groups.name ?? ''}`;
}

/**
 * The variants of a content image, one set per format, best format first;
 * empty for an image that passes through as it is (SVG, remote, unknown type).
 * Paths are relative to the content base, like `src`.
 */
export function imageVariants(src: string, intrinsicWidth: number): VariantSet[] {
  const stem = variantStem(src);
  if (stem === undefined) return [];
  const widths = variantWidths(intrinsicWidth);
  return VARIANT_FORMATS.map((format) => ({
    format,
    type: `image/${format}`,
    files: widths.map((width) => ({ width, path: `${stem}-${String(width)}.${format}` })),
  }));
}
