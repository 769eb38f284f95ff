import { useBlockActions } from '../BlockActionsContext';
import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'pullquote'> };

/**
 * The attribution is the figure's own caption, and HTML lets a figcaption be
 * only the figure's first or last child: so the share action comes before it
 * in the markup and is drawn after it, on its row where there is room.
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
      {actions.pullquote && <div className="order-last">{actions.pullquote(block)}</div>}
      {block.attribution && (
        <figcaption className="font-sans text-sm font-semibold tracking-wide text-muted uppercase">
          {block.attribution}
        </figcaption>
      )}
    </figure>
  );
}
