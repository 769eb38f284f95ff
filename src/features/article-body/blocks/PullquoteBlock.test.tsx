import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blocks } from '@/testing/contentFixtures';
import { BlockActionsContext } from '../BlockActionsContext';
import { PullquoteBlock } from './PullquoteBlock';

const QUOTE = 'The sea gives, and the sea takes.';

describe('PullquoteBlock', () => {
  it('renders the quote in a blockquote inside a figure', () => {
    render(<PullquoteBlock block={blocks.pullquote(QUOTE)} />);

    const quote = within(screen.getByRole('figure')).getByRole('blockquote');

    expect(within(quote).getByText(QUOTE)).toBeInTheDocument();
  });

  it('names the speaker in the figure caption, outside the quote', () => {
    render(<PullquoteBlock block={blocks.pullquote(QUOTE, 'Kim Soon-ja, diver')} />);

    const attribution = within(screen.getByRole('figure')).getByText('Kim Soon-ja, diver');

    expect(attribution.tagName).toBe('FIGCAPTION');
    expect(screen.getByRole('blockquote')).not.toHaveTextContent('Kim Soon-ja');
  });

  it('makes the attribution the figure’s own caption: its last child, after the share action', () => {
    render(
      <BlockActionsContext value={{ pullquote: () => <button type="button">Share quote</button> }}>
        <PullquoteBlock block={blocks.pullquote(QUOTE, 'Kim Soon-ja, diver')} />
      </BlockActionsContext>,
    );

    const figure = screen.getByRole('figure');
    const caption = within(figure).getByText('Kim Soon-ja, diver');

    expect(caption.tagName).toBe('FIGCAPTION');
    // eslint-disable-next-line testing-library/no-node-access -- HTML's rule is structural: a figure's first or last child
    expect(figure.lastElementChild).toBe(caption);
    expect(within(figure).getByRole('button', { name: 'Share quote' })).toBeInTheDocument();
  });

  it('has no caption without an attribution', () => {
    render(<PullquoteBlock block={blocks.pullquote(QUOTE)} />);

    expect(screen.getByRole('figure')).toHaveTextContent(/^“The sea gives, and the sea takes\.$/);
  });

  it('hides the decorative hanging quotation mark from assistive technology', () => {
    render(<PullquoteBlock block={blocks.pullquote(QUOTE)} />);

    expect(screen.getByText('“')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('blockquote')).toHaveTextContent(/^The sea gives, and the sea takes\.$/);
  });
});
