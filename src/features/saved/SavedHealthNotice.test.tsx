import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StoreHealth } from '@/lib/persistentStore';
import { SavedHealthNotice } from './SavedHealthNotice';

function renderNotice(health: StoreHealth) {
  render(<SavedHealthNotice health={health} onDismiss={vi.fn<() => void>()} />);
}

describe('SavedHealthNotice', () => {
  it('says nothing while storage is healthy', () => {
    renderNotice({ kind: 'ok' });

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each<{ kind: string; health: StoreHealth; message: string }>([
    {
      kind: 'unavailable',
      health: { kind: 'unavailable' },
      message: 'Saving is unavailable in this browser: its storage is full or turned off.',
    },
    {
      kind: 'recovered with the old data kept aside',
      health: {
        kind: 'recovered',
        corruptKey: 'broadsheet:saved:corrupt:1795856400000',
        reason: 'it is not valid JSON',
      },
      message:
        'Your saved list could not be read because it is not valid JSON, so a fresh list was started. The old data was kept in this browser’s storage under “broadsheet:saved:corrupt:1795856400000”, in case it can be recovered.',
    },
    {
      kind: 'recovered without room to keep the old data',
      health: { kind: 'recovered', corruptKey: null, reason: 'its contents do not fit the format' },
      message:
        'Your saved list could not be read because its contents do not fit the format, so a fresh list was started. The old data could not be kept aside because storage is full.',
    },
  ])('explains $kind storage', ({ health, message }) => {
    renderNotice(health);

    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('lets the reader dismiss a recovery notice', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn<() => void>();
    render(
      <SavedHealthNotice
        health={{ kind: 'recovered', corruptKey: null, reason: 'it is not valid JSON' }}
        onDismiss={onDismiss}
      />,
    );

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
