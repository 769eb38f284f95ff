import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'heading'> };

export function HeadingBlock({ block }: Props) {
  return <h2 className="pt-[0.9em] font-serif text-subhead font-bold text-balance">{block.text}</h2>;
}
