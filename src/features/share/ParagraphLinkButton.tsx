import type { MouseEvent } from 'react';
import { useCopyAnnouncement } from './useCopyAnnouncement';
import { useCopyFeedback } from './useCopyFeedback';

type Props = {
  /** The canonical article address plus '#' and the paragraph's anchor. */
  url: string;
  /** The paragraph's place among the article's paragraphs, from 1: it names the link. */
  paragraph: number;
};

/**
 * A ¶ that copies a link to its paragraph. Render it inside the paragraph,
 * whose wrapper needs `group relative`: where the article has room beside its
 * text column (the `hanging` variant) it sits in the left margin, otherwise at
 * the end of the paragraph. It stays invisible until the
 * paragraph is hovered or has focus (a tap on a touch screen focuses the
 * paragraph, so touch readers find it on the paragraph they touched), or the
 * link has keyboard focus: never as a mark after every paragraph.
 * It is a real link, so when copying fails the browser's own "Copy link" works.
 */
export function ParagraphLinkButton({ url, paragraph }: Props) {
  const feedback = useCopyFeedback();
  const message =
    feedback.status === 'copied'
      ? 'Link copied'
      : feedback.status === 'failed'
        ? 'Copy failed — right-click or long-press ¶ to copy'
        : '';
  const isAnnounced = useCopyAnnouncement(message);

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    // Cmd/Ctrl/Shift-click keep their usual meaning (new tab, new window).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void feedback.copy(url);
  }

  return (
    // Not part of the article's text in the search index.
    <span
      className="relative select-none hanging:absolute hanging:-start-12 hanging:top-0"
      data-pagefind-ignore
    >
      <a
        href={url}
        // Twelve links all called "Copy link to this paragraph" tell a list of links nothing.
        aria-label={`Copy link to paragraph ${String(paragraph)}`}
        onClick={handleClick}
        // The negative margin keeps the 44px target from stretching the line it sits in.
        className="-my-3 inline-flex size-11 items-center justify-center rounded font-sans text-[1em] text-muted no-underline opacity-0 transition-opacity group-hover:opacity-100 group-focus:opacity-100 hover:text-accent focus-visible:opacity-100 hanging:my-0"
      >
        <span aria-hidden="true">¶</span>
      </a>
      <span role={isAnnounced ? undefined : 'status'}>
        {message && (
          <span className="ms-1 rounded bg-ink box-decoration-clone px-2 py-1 font-sans text-control text-paper hanging:absolute hanging:start-0 hanging:bottom-full hanging:ms-0 hanging:whitespace-nowrap">
            {message}
          </span>
        )}
      </span>
    </span>
  );
}
