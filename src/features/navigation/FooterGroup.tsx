import { useId, type ReactNode } from 'react';

type Props = {
  /** The group's heading, which also names its navigation landmark. */
  title: string;
  /** A line under the heading saying what the links are for. */
  note?: string;
  /** The list items. */
  children: ReactNode;
};

/** One group of footer links: a navigation landmark named by its own heading. */
export function FooterGroup({ title, note, children }: Props) {
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId}>
      <h2 id={headingId} className="font-sans text-kicker text-ink uppercase">
        {title}
      </h2>
      {note && <p className="mt-2">{note}</p>}
      <ul className="mt-2">{children}</ul>
    </nav>
  );
}

/** Every footer link: a 44 px target on its own line, whatever the text size. */
export const footerLinkClass =
  'inline-flex min-h-11 items-center underline-offset-4 hover:text-ink hover:underline';
