import type { ReactNode } from 'react';
import type { Block } from '@/features/content/contract/schema';
import { BlockActionsContext, type BlockActions } from './BlockActionsContext';
import type { BlockComponents } from './blockTypes';
import { HeadingBlock } from './blocks/HeadingBlock';
import { ImageBlock } from './blocks/ImageBlock';
import { ListBlock } from './blocks/ListBlock';
import { ParagraphBlock } from './blocks/ParagraphBlock';
import { PullquoteBlock } from './blocks/PullquoteBlock';

const blockComponents: BlockComponents = {
  paragraph: ParagraphBlock,
  heading: HeadingBlock,
  pullquote: PullquoteBlock,
  image: ImageBlock,
  list: ListBlock,
};

function BlockView({ block }: { block: Block }) {
  // BlockComponents pairs each type with the component for exactly that variant;
  // TypeScript cannot correlate `block.type` with the map's key on its own.
  const Component = blockComponents[block.type] as (props: { block: Block }) => ReactNode;
  return <Component block={block} />;
}

const noActions: BlockActions = {};

type Props = { blocks: Block[]; droppedBlockCount: number; actions?: BlockActions };

export function ArticleBody({ blocks, droppedBlockCount, actions = noActions }: Props) {
  return (
    <BlockActionsContext value={actions}>
      <div className="space-y-[1.1em] font-serif text-body">
        {blocks.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
        {droppedBlockCount > 0 && (
          <p
            role="note"
            className="rounded border-thin border-rule bg-surface p-3 font-sans text-meta text-muted"
          >
            {droppedBlockCount === 1
              ? 'One part of this article could not be shown.'
              : `${String(droppedBlockCount)} parts of this article could not be shown.`}
          </p>
        )}
      </div>
    </BlockActionsContext>
  );
}
