import { useBlockActions } from '../BlockActionsContext';
import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'pullquote'> };

export function PullquoteBlock({ block }: Props) {
  const actions = useBlockActions();
  return (
    <figure
      id={block.anchor}
      tabIndex={-1}
      className="my-10 scroll-mt-6 border-y-4 border-accent py-6 focus:outline-none sm:-mx-8 sm:px-8"
    >
      <blockquote className="font-serif text-2xl leading-snug font-bold text-ink italic sm:text-3xl">
        <p>
          <span aria-hidden="true" className="mr-1 text-accent">
            “
          </span>
          {block.text}
          <span aria-hidden="true" className="ml-1 text-accent">
            ”
          </span>
        </p>
      </blockquote>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        {block.attribution && (
          <figcaption className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
            {block.attribution}
          </figcaption>
        )}
        {actions.pullquote?.(block)}
      </div>
    </figure>
  );
}
