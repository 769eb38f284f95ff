import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  minutesAfterBase as at,
  startEachTestFromEmptyStorageAtBaseTime,
} from '@/testing/readerStateFixtures';
import {
  clearStorage,
  envelope,
  otherTabWrites,
  readStored,
  readStoredData,
  subscribeForTest,
  writeStored,
} from '@/testing/storageTesting';
import { applyPreferences, PREFERENCES_KEY, type Preferences } from './preferences';

/** The store is a module singleton that caches its first read: each tab gets a fresh module. */
async function openTab() {
  vi.resetModules();
  return import('./preferences');
}

const preferences = (overrides: Partial<Preferences> = {}): Preferences => ({
  theme: 'system',
  textSize: 'medium',
  dataSaver: 'browser',
  hasShortcuts: true,
  updatedAt: 0,
  ...overrides,
});

startEachTestFromEmptyStorageAtBaseTime();

afterEach(() => {
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.textSize;
});

describe('setPreference', () => {
  it('stores the change with the time it was made, keeping the other preference', async () => {
    const tab = await openTab();
    tab.setPreference({ textSize: 'large' });

    tab.setPreference({ theme: 'dark' });

    expect(readStored(PREFERENCES_KEY)).toBe(
      envelope(2, preferences({ theme: 'dark', textSize: 'large', updatedAt: at(0) })),
    );
  });

  it.each([
    { case: 'a later change from another tab', remoteAt: at(2), expected: 'light' },
    { case: 'an earlier change from another tab', remoteAt: at(0), expected: 'dark' },
  ])('keeps the later preferences when merging $case', async ({ remoteAt, expected }) => {
    const tab = await openTab();
    subscribeForTest(tab.preferencesStore);
    vi.setSystemTime(at(1));
    tab.setPreference({ theme: 'dark' });

    otherTabWrites(PREFERENCES_KEY, envelope(2, preferences({ theme: 'light', updatedAt: remoteAt })));

    expect(tab.preferencesStore.getSnapshot().data.theme).toBe(expected);
    expect(readStoredData(PREFERENCES_KEY)).toMatchObject({ theme: expected });
  });

  // Known bug (see report): on equal updatedAt each tab keeps its own value and
  // writes it back, so the two tabs never agree and keep overwriting each other.
  it('brings two tabs that changed the theme in the same millisecond to the same theme', async () => {
    const settle = async (local: Preferences['theme'], remote: Preferences['theme']) => {
      clearStorage();
      const tab = await openTab();
      const unsubscribe = tab.preferencesStore.subscribe(() => undefined);
      tab.setPreference({ theme: local });
      otherTabWrites(PREFERENCES_KEY, envelope(2, preferences({ theme: remote, updatedAt: at(0) })));
      unsubscribe();
      return tab.preferencesStore.getSnapshot().data.theme;
    };

    const [themeInTabA, themeInTabB] = [await settle('dark', 'light'), await settle('light', 'dark')];

    expect(themeInTabA).toBe(themeInTabB);
  });
});

describe('the version 1 preferences', () => {
  it('keep the theme and text size and gain the data saver and shortcuts at their defaults', async () => {
    writeStored(PREFERENCES_KEY, envelope(1, { theme: 'dark', textSize: 'large', updatedAt: at(0) }));

    const tab = await openTab();

    expect(tab.preferencesStore.getSnapshot().data).toEqual(
      preferences({ theme: 'dark', textSize: 'large', updatedAt: at(0) }),
    );
  });
});

describe('applyPreferences', () => {
  it.each(['light', 'dark'] as const)('sets data-theme to %s on the root element', (theme) => {
    applyPreferences(preferences({ theme }));

    expect(document.documentElement).toHaveAttribute('data-theme', theme);
  });

  it('removes data-theme when the theme follows the device', () => {
    applyPreferences(preferences({ theme: 'dark' }));

    applyPreferences(preferences({ theme: 'system' }));

    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it.each(['small', 'medium', 'large', 'x-large'] as const)(
    'sets data-text-size to %s on the root element',
    (textSize) => {
      applyPreferences(preferences({ textSize }));

      expect(document.documentElement).toHaveAttribute('data-text-size', textSize);
    },
  );
});
