import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Byline } from './Byline';

const kim = { id: 'kim', name: 'Kim Min-ji' };
const lee = { id: 'lee', name: 'Lee Ji-ho' };

function showByline(byline: string | undefined, authors: { id: string; name: string }[]): HTMLElement {
  const { container } = render(
    <MemoryRouter>
      <p>
        <Byline byline={byline} authors={authors} locale="en-GB" />
      </p>
    </MemoryRouter>,
  );
  return container;
}

describe('Byline', () => {
  it('names the authors as a list in the site’s language, each a link to their page', () => {
    const byline = showByline(undefined, [kim, lee]);

    expect(byline).toHaveTextContent('By Kim Min-ji and Lee Ji-ho');
    expect(screen.getByRole('link', { name: 'Kim Min-ji' })).toHaveAttribute('href', '/authors/kim');
    expect(screen.getByRole('link', { name: 'Lee Ji-ho' })).toHaveAttribute('href', '/authors/lee');
  });

  it('shows a written byline instead, linked when the article names one author', () => {
    const byline = showByline('Kim Min-ji in Seoul', [kim]);

    expect(byline).toHaveTextContent('By Kim Min-ji in Seoul');
    expect(screen.getByRole('link', { name: 'Kim Min-ji in Seoul' })).toHaveAttribute('href', '/authors/kim');
  });

  it('leaves a written byline unlinked when it stands for several authors or none', () => {
    showByline('Staff reporters', [kim, lee]);
    showByline('A reader', []);

    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
