import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/shareLinks';
import { ShareNetworkList } from './ShareNetworkList';

const u = 'https%3A%2F%2Fbroadsheet.example%2Fnews%2Fharbour-sale';
const t = 'Harbour%20sale%20%26%20the%20town%E2%80%99s%20future';

function renderList() {
  render(
    <ShareNetworkList
      links={shareLinks({
        url: 'https://broadsheet.example/news/harbour-sale',
        title: 'Harbour sale & the town’s future',
      })}
    />,
  );
}

describe('ShareNetworkList', () => {
  it.each([
    ['Share on X', 'X', `https://x.com/intent/post?text=${t}&url=${u}`],
    ['Share on Facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['Share on WhatsApp', 'WhatsApp', `https://wa.me/?text=${t}%20${u}`],
    ['Share on Telegram', 'Telegram', `https://t.me/share/url?url=${u}&text=${t}`],
    ['Share on Reddit', 'Reddit', `https://www.reddit.com/submit?url=${u}&title=${t}`],
    ['Share on LinkedIn', 'LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Share by email', 'Email', `mailto:?subject=${t}&body=${u}`],
  ])('names the link %j, shows %j and points it at the share address', (label, shortName, href) => {
    renderList();

    const link = screen.getByRole('link', { name: label });

    expect(link).toHaveTextContent(shortName);
    expect(link).toHaveAttribute('href', href);
  });

  it('opens every link in a new tab without passing on the opener', () => {
    renderList();

    for (const link of screen.getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('tells screen reader users that a link opens a new tab', () => {
    renderList();

    expect(screen.getByRole('link', { name: 'Share on Reddit' })).toHaveAccessibleDescription(
      'Opens in a new tab',
    );
  });

  it('puts each link in its own list item', () => {
    renderList();

    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(7);
  });
});
