import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'heading'> };

export function HeadingBlock({ block }: Props) {
  return <h2 className="mt-10 font-sans text-xl leading-snug font-bold">{block.text}</h2>;
}
