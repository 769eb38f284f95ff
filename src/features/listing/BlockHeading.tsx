import type { ReactNode } from 'react';

type Props = { id: string; children: ReactNode };

/** The heading of a block of stories: a kicker under a thick rule. */
export function BlockHeading({ id, children }: Props) {
  return (
    <h2
      id={id}
      className="mb-4 flex min-h-11 items-center border-t-thick border-rule-strong pt-1 font-sans text-kicker uppercase"
    >
      {children}
    </h2>
  );
}
