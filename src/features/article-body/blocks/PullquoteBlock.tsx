import type { BlockOf } from '../blockTypes';

type Props = { block: BlockOf<'pullquote'> };

export function PullquoteBlock({ block }: Props) {
  return (
    <figure className="my-10 border-y-4 border-accent py-6 sm:-mx-8 sm:px-8">
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
      {block.attribution && (
        <figcaption className="mt-3 font-sans text-sm font-semibold tracking-wide text-muted uppercase">
          {block.attribution}
        </figcaption>
      )}
    </figure>
  );
}
