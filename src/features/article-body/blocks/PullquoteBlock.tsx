import { useBlockActions } from '../BlockActionsContext';
import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'pullquote'> };

/**
 * A line lifted out of the article, set large between hairlines, with one
 * big opening mark that hangs in the margin where there is one (beside the
 * text column, where the article has room for it: the `hanging` variant) and
 * indents the quote otherwise.
 *
 * The attribution is the figure's own caption, and HTML lets a figcaption be
 * only the figure's first or last child: so the share action comes before it
 * in the markup and is drawn after it.
 */
export function PullquoteBlock({ block }: Props) {
  const actions = useBlockActions();
  return (
    <figure
      id={block.anchor}
      tabIndex={-1}
      className="relative my-[1.25em] flex scroll-mt-6 flex-wrap items-center justify-between gap-3 border-y-thin border-rule py-[0.75em] ps-[1.5em] font-serif text-pullquote focus:outline-none hanging:ps-0"
    >
      <span
        aria-hidden="true"
        className="absolute start-0 top-[0.35em] text-[2.75em] leading-[0.8] font-bold text-accent select-none hanging:-start-[0.53em]"
      >
        “
      </span>
      <blockquote className="min-w-0 basis-full font-semibold text-balance text-ink">
        <p>{block.text}</p>
      </blockquote>
      {actions.pullquote && <div className="order-last">{actions.pullquote(block)}</div>}
      {block.attribution && (
        <figcaption className="font-sans text-meta font-semibold tracking-wide text-muted uppercase">
          {block.attribution}
        </figcaption>
      )}
    </figure>
  );
}
