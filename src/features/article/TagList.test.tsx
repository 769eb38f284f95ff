import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TagList } from './TagList';

describe('TagList', () => {
  it('links each tag, as written, to its topic’s page by the slug rule', () => {
    render(
      <MemoryRouter>
        <TagList tags={['North Korea', 'Café culture', 'railways']} />
      </MemoryRouter>,
    );

    const list = screen.getByRole('list', { name: 'Topics' });
    expect(list).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'North Korea' })).toHaveAttribute('href', '/topics/north-korea');
    expect(screen.getByRole('link', { name: 'Café culture' })).toHaveAttribute(
      'href',
      '/topics/cafe-culture',
    );
    expect(screen.getByRole('link', { name: 'railways' })).toHaveAttribute('href', '/topics/railways');
  });
});
