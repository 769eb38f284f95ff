import type { BlockOf } from '../blockTypes';
import { InlineText } from '../InlineText';

type Props = { block: BlockOf<'list'> };

export function ListBlock({ block }: Props) {
  const List = block.ordered ? 'ol' : 'ul';
  return (
    <List
      className={`space-y-[0.5em] ps-[1.4em] marker:text-muted ${block.ordered ? 'list-decimal' : 'list-disc'}`}
    >
      {block.items.map((item, index) => (
        <li key={index}>
          <InlineText nodes={item} />
        </li>
      ))}
    </List>
  );
}
