import { useBlockActions } from '../BlockActionsContext';
import type { BlockOf } from '../blockTypes';
import { InlineText } from '../InlineText';

type Props = { block: BlockOf<'paragraph'> };

export function ParagraphBlock({ block }: Props) {
  const actions = useBlockActions();
  return (
    <p id={block.anchor} tabIndex={-1} className="group relative scroll-mt-6 focus:outline-none">
      <InlineText nodes={block.text} />
      {actions.paragraph?.(block)}
    </p>
  );
}
