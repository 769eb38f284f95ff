import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { follow, followedStore, type ListingKey } from '@/features/reader-state/followedListings';
import { clearStorage } from '@/testing/storageTesting';
import { FollowToggle } from './FollowToggle';

const KOREAS: ListingKey = 'sections/koreas';
const NEWEST_SEEN = Date.parse('2026-11-30T07:45:00+09:00');

const followed = () => followedStore.getSnapshot().data.entries;

function renderToggle() {
  return render(<FollowToggle listing={KOREAS} name="Koreas" newestSeen={() => NEWEST_SEEN} />);
}

beforeEach(() => {
  clearStorage();
  followedStore.update(() => ({ entries: [], removed: {} }));
  clearStorage();
});

describe('FollowToggle', () => {
  it('follows the section from the newest story on the page and shows the toggle pressed', async () => {
    const user = userEvent.setup();
    renderToggle();

    await user.click(screen.getByRole('button', { name: 'Follow Koreas', pressed: false }));

    expect(screen.getByRole('button', { name: 'Following Koreas', pressed: true })).toBeInTheDocument();
    expect(followed()).toEqual([expect.objectContaining({ id: KOREAS, lastOpened: NEWEST_SEEN })]);
  });

  it('un-follows a followed section', async () => {
    const user = userEvent.setup();
    follow(KOREAS, NEWEST_SEEN);
    renderToggle();

    await user.click(screen.getByRole('button', { name: 'Following Koreas', pressed: true }));

    expect(screen.getByRole('button', { name: 'Follow Koreas', pressed: false })).toBeInTheDocument();
    expect(followed()).toEqual([]);
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    renderToggle();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Follow Koreas' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Following Koreas', pressed: true })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Follow Koreas', pressed: false })).toHaveFocus();
  });

  it('shows a follow made elsewhere (another tab, another page)', () => {
    renderToggle();

    act(() => {
      follow(KOREAS, NEWEST_SEEN);
    });

    expect(screen.getByRole('button', { name: 'Following Koreas', pressed: true })).toBeInTheDocument();
  });

  it('is prerendered hidden and disabled, in its place, since it cannot work without the script', () => {
    const view = renderToString(
      <FollowToggle listing={KOREAS} name="Koreas" newestSeen={() => NEWEST_SEEN} />,
    );

    expect(view).toMatch(
      /^<button type="button" aria-pressed="false" disabled="" class="(?:[^"]* )?invisible(?: [^"]*)?"/,
    );
  });
});
