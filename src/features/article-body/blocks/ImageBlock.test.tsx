import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { blocks } from '@/testing/contentFixtures';
import { ImageBlock } from './ImageBlock';

const ALT = 'Fishing boats in the harbour at dawn';

describe('ImageBlock', () => {
  it('renders the image with its alt text and true size', () => {
    render(<ImageBlock block={blocks.image({ width: 1600, height: 900 })} />);

    const image = screen.getByRole('img', { name: ALT });

    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
  });

  it('loads a relative image from the content base', () => {
    render(<ImageBlock block={blocks.image({ src: 'images/harbour.jpg' })} />);

    expect(screen.getByRole('img', { name: ALT }).getAttribute('src')).toMatch(/\/images\/harbour\.jpg$/);
  });

  it('loads an absolute image from its own address', () => {
    render(<ImageBlock block={blocks.image({ src: 'https://cdn.example/a.jpg' })} />);

    expect(screen.getByRole('img', { name: ALT })).toHaveAttribute('src', 'https://cdn.example/a.jpg');
  });

  it('captions the figure with the caption followed by the credit', () => {
    render(<ImageBlock block={blocks.image({ caption: 'Boats at first light.', credit: 'Jo Lee' })} />);

    const caption = within(screen.getByRole('figure')).getByText('Boats at first light.');

    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption).toHaveTextContent('Boats at first light. Photo by Jo Lee');
  });

  it('credits the photographer when there is no caption', () => {
    render(<ImageBlock block={blocks.image({ credit: 'Jo Lee' })} />);

    // The figure also holds the data saver's "Show image" button: the caption is what is read.
    const credit = screen.getByText('Photo by Jo Lee');
    expect(credit.parentElement?.tagName).toBe('FIGCAPTION');
  });

  it('has no caption without a caption or a credit', () => {
    render(<ImageBlock block={blocks.image()} />);

    expect(screen.getByRole('figure')).toBeInTheDocument();
    expect(screen.queryByText(/./, { selector: 'figcaption' })).not.toBeInTheDocument();
  });
});
