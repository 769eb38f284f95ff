import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TagList } from './TagList';

describe('TagList', () => {
  it('links each topic the build named, by its title, to its page', () => {
    render(
      <MemoryRouter>
        <TagList
          tags={['North Korea', 'north-korea', 'Café culture', 'railways']}
          topics={[
            { id: 'north-korea', title: 'North Korea' },
            { id: 'cafe-culture', title: 'Café culture' },
            { id: 'railways', title: 'railways' },
          ]}
        />
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
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });
});
