import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { blocks } from '@/testing/contentFixtures';
import { ParagraphBlock } from './ParagraphBlock';

function renderParagraph(text: string) {
  return render(
    <MemoryRouter initialEntries={['/story']}>
      <Routes>
        <Route path="/story" element={<ParagraphBlock block={blocks.paragraph(text)} />} />
        <Route path="/news/koreas" element={<h1>Koreas section</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('ParagraphBlock', () => {
  it('renders its text in a paragraph', () => {
    renderParagraph('Rain fell all night.');

    expect(screen.getByText('Rain fell all night.')).toBeInstanceOf(HTMLParagraphElement);
  });

  it('renders an external link as a link to its address', () => {
    renderParagraph('Read [the report](https://example.com/report) now.');

    expect(screen.getByRole('link', { name: 'the report' })).toHaveAttribute(
      'href',
      'https://example.com/report',
    );
  });

  it('renders emphasis as em and strong text as strong', () => {
    renderParagraph('A *quiet* and a **loud** word.');

    expect(screen.getByText('quiet').tagName).toBe('EM');
    expect(screen.getByText('loud').tagName).toBe('STRONG');
  });

  it('renders emphasis inside a link', () => {
    renderParagraph('[the *full* report](https://example.com)');

    const link = screen.getByRole('link', { name: 'the full report' });

    expect(link).toContainElement(screen.getByText('full'));
    expect(screen.getByText('full').tagName).toBe('EM');
  });

  it('renders a site-relative link as an in-app link that navigates without leaving the app', async () => {
    const user = userEvent.setup();
    renderParagraph('More from [the Koreas](/news/koreas).');

    const link = screen.getByRole('link', { name: 'the Koreas' });
    expect(link).toHaveAttribute('href', '/news/koreas');
    await user.click(link);

    expect(await screen.findByRole('heading', { name: 'Koreas section' })).toBeInTheDocument();
  });

  it('renders a disallowed link as plain text', () => {
    renderParagraph('Click [here](javascript:alert(1)) now.');

    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Click [here](javascript:alert(1)) now.')).toBeInTheDocument();
  });

  it('renders markup-like text as text, never as HTML', () => {
    renderParagraph('<img src=x onerror=alert(1)> stays text');

    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)> stays text')).toBeInTheDocument();
  });
});
