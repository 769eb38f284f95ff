import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, preferencesStore } from '@/features/reader-state/preferences';
import { resetReaderState } from '@/testing/readerStateTesting';
import { readStoredData } from '@/testing/storageTesting';
import { DisplaySettings } from './DisplaySettings';

async function openDisplaySettings() {
  const user = userEvent.setup();
  render(<DisplaySettings />);
  await user.click(screen.getByText('Display'));
  // The panel's code loads on first open.
  await screen.findByRole('radio', { name: 'Dark' });
  return user;
}

beforeEach(() => {
  resetReaderState();
});

describe('DisplaySettings', () => {
  it('stores the dark theme when Dark is chosen', async () => {
    const user = await openDisplaySettings();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(preferencesStore.getSnapshot().data.theme).toBe('dark');
    expect(readStoredData(PREFERENCES_KEY)).toMatchObject({ theme: 'dark', textSize: 'medium' });
  });

  it('stores the extra large text size when Extra large is chosen', async () => {
    const user = await openDisplaySettings();

    await user.click(screen.getByRole('radio', { name: 'Extra large' }));

    expect(screen.getByRole('radio', { name: 'Extra large' })).toBeChecked();
    expect(preferencesStore.getSnapshot().data.textSize).toBe('x-large');
    expect(readStoredData(PREFERENCES_KEY)).toMatchObject({ theme: 'system', textSize: 'x-large' });
  });

  it('closes on Escape and returns focus to the Display button', async () => {
    const user = await openDisplaySettings();
    await user.click(screen.getByRole('radio', { name: 'Light' }));

    await user.keyboard('{Escape}');

    expect(screen.getByRole('radio', { name: 'Light' })).not.toBeVisible();
    expect(screen.getByText('Display')).toHaveFocus();
  });
});
