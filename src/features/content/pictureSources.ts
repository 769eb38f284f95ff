import { resolveContentUrl } from './contentUrl';
import { imageVariants } from './imageVariants';

export type PictureSource = { type: string; srcSet: string; sizes: string };

/** The `<source>`s of a content image's `<picture>`, best format first; none for SVG and remote images. */
export function pictureSources(src: string, width: number, sizes: string): PictureSource[] {
  return imageVariants(src, width).map(({ type, files }) => ({
    type,
    srcSet: files.map((file) => `${resolveContentUrl(file.path)} ${String(file.width)}w`).join(','),
    sizes,
  }));
}
