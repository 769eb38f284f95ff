import type { BlockOf } from '../blockTypes';
import { InlineText } from '../InlineText';

type Props = { block: BlockOf<'paragraph'> };

export function ParagraphBlock({ block }: Props) {
  return (
    <p>
      <InlineText nodes={block.text} />
    </p>
  );
}
