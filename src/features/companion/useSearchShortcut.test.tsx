import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { useSearchShortcut } from './useSearchShortcut';

function Page({ hasSearchField = false }: { hasSearchField?: boolean }) {
  useSearchShortcut();
  const location = useLocation();
  return (
    <>
      <p data-testid="address">{location.pathname}</p>
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
      <button type="button">Elsewhere</button>
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

describe('the / shortcut', () => {
  it('goes to the search page from anywhere', async () => {
    renderAt('/news/koreas/jikji');
    screen.getByRole('button', { name: 'Elsewhere' }).focus();

    await userEvent.keyboard('/');

    expect(screen.getByTestId('address')).toHaveTextContent('/search');
  });

  it('puts the cursor in the search field where there is one', async () => {
    renderAt('/search', true);

    await userEvent.keyboard('/');

    expect(screen.getByRole('textbox', { name: 'Search articles' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Search articles' })).toHaveValue('');
  });

  it('types a slash, not a shortcut, in a field', async () => {
    renderAt('/news');
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));

    await userEvent.keyboard('/');

    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('/');
    expect(screen.getByTestId('address')).toHaveTextContent('/news');
  });

  it.each(['{Control>}/{/Control}', '{Alt>}/{/Alt}', '{Meta>}/{/Meta}'])(
    'leaves %s to the browser',
    async (keys) => {
      renderAt('/news');

      await userEvent.keyboard(keys);

      expect(screen.getByTestId('address')).toHaveTextContent('/news');
    },
  );
});
