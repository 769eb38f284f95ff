import { ContentImage } from '@/features/content/ContentImage';
import { ImageCaption } from '@/ui/ImageCaption';
import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'image'> };

export function ImageBlock({ block }: Props) {
  return (
    <figure className="my-[1.75em]">
      <ContentImage
        src={block.src}
        alt={block.alt}
        width={block.width}
        height={block.height}
        sizes="(min-width: 43rem) 40rem, 100vw"
      />
      <ImageCaption caption={block.caption} credit={block.credit} />
    </figure>
  );
}
