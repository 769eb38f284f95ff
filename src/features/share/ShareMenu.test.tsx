import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { shareLinks } from '@/lib/shareLinks';
import { ShareMenu } from './ShareMenu';

const links = shareLinks({ url: 'https://broadsheet.example/news/harbour-sale', title: 'Harbour sale' });

function renderMenu(onCopy = vi.fn()) {
  render(
    <>
      <ShareMenu links={links} onCopy={onCopy} />
      <button type="button">Elsewhere</button>
    </>,
  );
  // eslint-disable-next-line testing-library/no-node-access -- <details> has no role to query by
  const details = screen.getByText('Share').closest('details');
  if (!details) throw new Error('no details');
  return { details, onCopy };
}

describe('ShareMenu', () => {
  it('holds the copy action and every network, opening in a new tab', async () => {
    const user = userEvent.setup();
    const { details } = renderMenu();

    await user.click(screen.getByText('Share'));

    expect(details.open).toBe(true);
    expect(within(details).getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(within(details).getAllByRole('link')).toHaveLength(links.length);
  });

  it('copies, closes and gives focus back to Share when Copy link is chosen', async () => {
    const user = userEvent.setup();
    const { details, onCopy } = renderMenu();
    await user.click(screen.getByText('Share'));

    await user.click(within(details).getByRole('button', { name: 'Copy link' }));

    expect(onCopy).toHaveBeenCalledOnce();
    expect(details.open).toBe(false);
    expect(screen.getByText('Share')).toHaveFocus();
  });

  it('closes on Escape, returning focus to Share', async () => {
    const user = userEvent.setup();
    const { details } = renderMenu();
    await user.click(screen.getByText('Share'));
    await user.tab();

    await user.keyboard('{Escape}');

    expect(details.open).toBe(false);
    expect(screen.getByText('Share')).toHaveFocus();
  });

  it('closes on a click outside it', async () => {
    const user = userEvent.setup();
    const { details } = renderMenu();
    await user.click(screen.getByText('Share'));

    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));

    expect(details.open).toBe(false);
  });

  it('closes when keyboard focus leaves it', async () => {
    const user = userEvent.setup();
    const { details } = renderMenu();
    await user.click(screen.getByText('Share'));
    const lastNetwork = within(details).getAllByRole('link').at(-1);
    lastNetwork?.focus();

    await user.tab();

    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(details.open).toBe(false);
  });
});
