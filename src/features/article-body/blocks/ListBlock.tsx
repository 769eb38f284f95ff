import type { BlockOf } from '../blockTypes';
import { InlineText } from '../InlineText';

type Props = { block: BlockOf<'list'> };

export function ListBlock({ block }: Props) {
  const List = block.ordered ? 'ol' : 'ul';
  return (
    <List className={`space-y-2 pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
      {block.items.map((item, index) => (
        <li key={index}>
          <InlineText nodes={item} />
        </li>
      ))}
    </List>
  );
}
