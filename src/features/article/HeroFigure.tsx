import { ContentImage } from '@/features/content/ContentImage';
import type { Image } from '@/features/content/contract/schema';
import { HERO_SIZES } from '@/features/content/heroImage';
import { ImageCaption } from '@/ui/ImageCaption';

type Props = { image: Image };

export function HeroFigure({ image }: Props) {
  return (
    <figure>
      <ContentImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        isPriority
        sizes={HERO_SIZES}
      />
      {/* The picture runs edge to edge on a phone; its caption keeps the page's margin. */}
      <ImageCaption caption={image.caption} credit={image.credit} className="px-gutter sm:px-0" />
    </figure>
  );
}
