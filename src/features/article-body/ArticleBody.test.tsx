import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Block } from '@/features/content/contract/schema';
import { blocks } from '@/testing/contentFixtures';
import { ArticleBody } from './ArticleBody';

const everyBlock: Block[] = [
  blocks.paragraph('Opening paragraph with [a link](/news).'),
  blocks.heading('What happened'),
  blocks.pullquote('We saw it coming.', 'A harbour master'),
  blocks.image({ alt: 'The flooded quay' }),
  blocks.list(['First', 'Second'], true),
];

function renderBody(bodyBlocks: Block[], droppedBlockCount = 0) {
  render(
    <MemoryRouter>
      <ArticleBody blocks={bodyBlocks} droppedBlockCount={droppedBlockCount} />
    </MemoryRouter>,
  );
}

describe('ArticleBody', () => {
  it('renders every type of block with its own component', () => {
    renderBody(everyBlock);

    expect(screen.getByText(/Opening paragraph/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'What happened' })).toBeInTheDocument();
    expect(screen.getByRole('blockquote')).toHaveTextContent('We saw it coming.');
    expect(screen.getByRole('img', { name: 'The flooded quay' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders the blocks in the order of the body', () => {
    renderBody([blocks.heading('First heading'), blocks.heading('Second heading')]);

    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'First heading',
      'Second heading',
    ]);
  });

  it('shows no note when no block was dropped', () => {
    renderBody(everyBlock);

    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it.each([
    [1, 'One part of this article could not be shown.'],
    [2, '2 parts of this article could not be shown.'],
    [7, '7 parts of this article could not be shown.'],
  ])('tells the reader when %i block(s) could not be shown', (count, message) => {
    renderBody(everyBlock, count);

    expect(screen.getByRole('note')).toHaveTextContent(message);
  });

  it('still shows the note when every block was dropped', () => {
    renderBody([], 3);

    expect(screen.getByRole('note')).toHaveTextContent('3 parts of this article could not be shown.');
  });
});
