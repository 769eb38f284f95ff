import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/features/reader-state/savedArticles';
import { savedArticle } from '@/testing/readerStateFixtures';
import { resetReaderState } from '@/testing/readerStateTesting';
import { SavedLink } from './SavedLink';

beforeEach(() => {
  resetReaderState();
});

describe('SavedLink', () => {
  it.each([
    [0, 'Saved'],
    [1, 'Saved, 1 article'],
    [2, 'Saved, 2 articles'],
    [5, 'Saved, 5 articles'],
  ])('with %i saved, is named %j', (count, name) => {
    for (let index = 0; index < count; index += 1) saveArticle(savedArticle(`article-${String(index)}`));

    render(
      <MemoryRouter>
        <SavedLink locale="en-GB" />
      </MemoryRouter>,
    );

    expect(screen.getByRole('link')).toHaveAccessibleName(name);
  });
});
