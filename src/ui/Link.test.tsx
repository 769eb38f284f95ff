import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Link } from './Link';
import { useIsCurrentPath } from './useIsCurrentPath';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function CurrentMark({ path }: { path: string }) {
  return <p data-testid="current">{useIsCurrentPath(path) ? 'current' : 'elsewhere'}</p>;
}

function renderAt(path: string, link: React.ReactNode, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[path]} basename={basename}>
      {link}
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('Link', () => {
  it('renders a real address, below the base path', () => {
    renderAt('/broadsheet/news', <Link to="/news/koreas">Koreas</Link>, '/broadsheet');
    expect(screen.getByRole('link', { name: 'Koreas' })).toHaveAttribute('href', '/broadsheet/news/koreas');
  });

  it('navigates inside the app on a plain click', () => {
    renderAt('/news', <Link to="/news/koreas?page=2">Koreas</Link>);
    fireEvent.click(screen.getByRole('link', { name: 'Koreas' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/news/koreas?page=2');
  });

  it('leaves a modified click (new tab) and a new-window target to the browser', () => {
    renderAt(
      '/news',
      <>
        <Link to="/a">A</Link>
        <Link to="/b" target="_blank">
          B
        </Link>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'A' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'B' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/news');
  });

  it("runs the caller's onClick first, and a prevented click stays put", () => {
    const seen: string[] = [];
    renderAt(
      '/news',
      <Link
        to="/a"
        onClick={(event) => {
          seen.push('clicked');
          event.preventDefault();
        }}
      >
        A
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'A' }));
    expect(seen).toEqual(['clicked']);
    expect(screen.getByTestId('where')).toHaveTextContent('/news');
  });
});

describe('useIsCurrentPath', () => {
  it('is the whole path, in any letter case, not a prefix', () => {
    renderAt('/About', <CurrentMark path="/about" />);
    expect(screen.getByTestId('current')).toHaveTextContent('current');
  });

  it('is not a page below the path', () => {
    renderAt('/about/team', <CurrentMark path="/about" />);
    expect(screen.getByTestId('current')).toHaveTextContent('elsewhere');
  });
});
