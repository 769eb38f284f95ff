import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContentImage } from '@/features/content/ContentImage';
import { useHeldImages } from './useHeldImages';

const ALT = 'Fishing boats in the harbour at dawn';

function Page() {
  useHeldImages();
  return <ContentImage src="images/harbour.jpg" alt={ALT} width={1200} height={675} sizes="100vw" />;
}

/** `<source>` has no role; the picture's sources are read from the DOM. */
function sourceSizesOf(image: HTMLElement) {
  return [...(image.closest('picture')?.querySelectorAll('source') ?? [])].map((source) => source.sizes);
}

describe('useHeldImages', () => {
  it('shows a held image at its smallest variant, with focus on it, when its button is pressed', async () => {
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Show image' });

    await userEvent.click(button);

    const image = screen.getByRole('img', { name: ALT });
    expect(button).toHaveAttribute('data-shown');
    expect(sourceSizesOf(image)).toEqual(['1px', '1px']);
    expect(image).toHaveFocus();
  });
});
