import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { blocks } from '@/testing/contentFixtures';
import { ListBlock } from './ListBlock';

describe('ListBlock', () => {
  it('renders an ordered list as ol with one item per entry', () => {
    render(<ListBlock block={blocks.list(['Rinse the rice', 'Soak it', 'Steam it'], true)} />);

    const list = screen.getByRole('list');

    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Rinse the rice', 'Soak it', 'Steam it']);
  });

  it('renders an unordered list as ul', () => {
    render(<ListBlock block={blocks.list(['Salt', 'Chilli'])} />);

    expect(screen.getByRole('list').tagName).toBe('UL');
  });

  it('renders the inline markup of its items', () => {
    render(
      <MemoryRouter>
        <ListBlock block={blocks.list(['A **bold** step', 'See [the guide](/guides/kimchi)'])} />
      </MemoryRouter>,
    );

    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'the guide' })).toHaveAttribute('href', '/guides/kimchi');
  });
});
