import { useBlockActions } from '../BlockActionsContext';
import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'pullquote'> };

/**
 * The attribution is the figure's own caption, so it must be the figure's
 * direct child; the figure itself wraps, so the caption and the share action
 * share a row below the quote where there is room.
 */
export function PullquoteBlock({ block }: Props) {
  const actions = useBlockActions();
  return (
    <figure
      id={block.anchor}
      tabIndex={-1}
      className="my-10 flex scroll-mt-6 flex-wrap items-center justify-between gap-3 border-y-4 border-accent py-6 focus:outline-none sm:-mx-8 sm:px-8"
    >
      <blockquote className="basis-full font-serif text-2xl leading-snug font-bold text-ink italic sm:text-3xl">
        <p>
          <span aria-hidden="true" className="me-1 text-accent">
            “
          </span>
          {block.text}
          <span aria-hidden="true" className="ms-1 text-accent">
            ”
          </span>
        </p>
      </blockquote>
      {block.attribution && (
        <figcaption className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
          {block.attribution}
        </figcaption>
      )}
      {actions.pullquote?.(block)}
    </figure>
  );
}
