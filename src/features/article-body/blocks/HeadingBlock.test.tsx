import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blocks } from '@/testing/contentFixtures';
import { HeadingBlock } from './HeadingBlock';

describe('HeadingBlock', () => {
  it('renders its text as a second-level heading', () => {
    render(<HeadingBlock block={blocks.heading('After the storm')} />);

    expect(screen.getByRole('heading', { level: 2, name: 'After the storm' })).toBeInTheDocument();
  });

  it('shows asterisks in a heading as written, since headings carry no inline markup', () => {
    render(<HeadingBlock block={blocks.heading('A *plain* heading')} />);

    expect(screen.getByRole('heading', { name: 'A *plain* heading' })).toBeInTheDocument();
  });
});
