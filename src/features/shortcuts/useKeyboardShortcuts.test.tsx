import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setPreference } from '@/features/reader-state/preferences';
import { resetReaderState } from '@/testing/readerStateTesting';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

const onHelp = vi.fn();

function Card({ headline }: { headline: string }) {
  const [isSaved, setIsSaved] = useState(false);
  return (
    <article data-card>
      <h2>
        <a href={`#${headline}`}>{headline}</a>
      </h2>
      <button
        type="button"
        aria-pressed={isSaved}
        onClick={() => {
          setIsSaved(!isSaved);
        }}
      >
        Save “{headline}”
      </button>
    </article>
  );
}

function Page({ hasSearchField = false }: { hasSearchField?: boolean }) {
  const [announcement, setAnnouncement] = useState('');
  useKeyboardShortcuts({ onHelp, onAnnounce: setAnnouncement });
  const location = useLocation();
  return (
    <>
      <p data-testid="address">{location.pathname}</p>
      <p data-testid="announcement">{announcement}</p>
      <label>
        Note
        <input />
      </label>
      {hasSearchField && (
        <label>
          Search articles
          <input id="search-query" />
        </label>
      )}
      <main>
        <Card headline="First" />
        <Card headline="Second" />
        <Card headline="Third" />
      </main>
    </>
  );
}

function renderAt(path: string, hasSearchField = false) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Page hasSearchField={hasSearchField} />
    </MemoryRouter>,
  );
}

const link = (name: string) => screen.getByRole('link', { name });

beforeEach(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = vi.fn();
  resetReaderState();
  onHelp.mockClear();
});

describe('the / shortcut', () => {
  it('goes to the search page from anywhere', async () => {
    renderAt('/news/koreas/jikji');

    await userEvent.keyboard('/');

    expect(screen.getByTestId('address')).toHaveTextContent('/search');
  });

  it('puts the cursor in the search field where there is one', async () => {
    renderAt('/search', true);

    await userEvent.keyboard('/');

    expect(screen.getByRole('textbox', { name: 'Search articles' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Search articles' })).toHaveValue('');
  });
});

describe('j, k and s on a list of stories', () => {
  it('moves to the first card, the next, and back', async () => {
    renderAt('/');

    await userEvent.keyboard('j');
    expect(link('First')).toHaveFocus();
    await userEvent.keyboard('jj');
    expect(link('Third')).toHaveFocus();
    await userEvent.keyboard('k');
    expect(link('Second')).toHaveFocus();
  });

  it('saves the current card and says so once', async () => {
    renderAt('/');
    await userEvent.keyboard('jj');

    await userEvent.keyboard('s');

    expect(screen.getByRole('button', { name: 'Save “Second”' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('announcement')).toHaveTextContent('Saved “Second”');
  });
});

describe('where shortcuts do not fire', () => {
  it('types j, s, ? and / in a field', async () => {
    renderAt('/news');
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));

    await userEvent.keyboard('js?/');

    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('js?/');
    expect(screen.getByTestId('address')).toHaveTextContent('/news');
    expect(onHelp).not.toHaveBeenCalled();
  });

  it.each(['{Control>}/{/Control}', '{Alt>}j{/Alt}', '{Meta>}s{/Meta}'])(
    'leaves %s to the browser',
    async (keys) => {
      renderAt('/news');

      await userEvent.keyboard(keys);

      expect(screen.getByTestId('address')).toHaveTextContent('/news');
      expect(document.body).toHaveFocus();
    },
  );

  it('does nothing when the reader has switched shortcuts off', async () => {
    setPreference({ hasShortcuts: false });
    renderAt('/news');

    await userEvent.keyboard('j?/s');

    expect(document.body).toHaveFocus();
    expect(onHelp).not.toHaveBeenCalled();
    expect(screen.getByTestId('address')).toHaveTextContent('/news');
  });

  it('opens the list with ? when they are on', async () => {
    renderAt('/news');

    await userEvent.keyboard('?');

    expect(onHelp).toHaveBeenCalledOnce();
  });
});
