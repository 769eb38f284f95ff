import { createPersistentStore } from '@/lib/persistentStore';
import { isNumber, isOneOf, isRecord } from './storedValues';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

// 'browser': on when the browser asks (Save-Data), as the pre-paint script in index.html reads it.
export const DATA_SAVER_CHOICES = ['browser', 'on', 'off'] as const;
export type DataSaverChoice = (typeof DATA_SAVER_CHOICES)[number];

export type Preferences = {
  theme: Theme;
  textSize: TextSize;
  dataSaver: DataSaverChoice;
  hasShortcuts: boolean;
  updatedAt: number;
};

/** The stored preferences, or null if any field is missing or not one of its choices. */
export function readPreferences(data: unknown): Preferences | null {
  if (!isRecord(data)) return null;
  const { theme, textSize, dataSaver, hasShortcuts, updatedAt } = data;
  return isOneOf(THEMES, theme) &&
    isOneOf(TEXT_SIZES, textSize) &&
    isOneOf(DATA_SAVER_CHOICES, dataSaver) &&
    typeof hasShortcuts === 'boolean' &&
    isNumber(updatedAt)
    ? { theme, textSize, dataSaver, hasShortcuts, updatedAt }
    : null;
}

/**
 * Stored under this key so the tiny script in index.html can apply the theme
 * and text size before the first paint (no flash of the wrong theme).
 */
export const PREFERENCES_KEY = 'broadsheet:preferences';

export const preferencesStore = createPersistentStore<Preferences>({
  key: PREFERENCES_KEY,
  version: 2,
  initial: () => ({
    theme: 'system',
    textSize: 'medium',
    dataSaver: 'browser',
    hasShortcuts: true,
    updatedAt: 0,
  }),
  // Version 2 added the data saver and the keyboard shortcuts switch, at their defaults.
  migrations: { 1: (data) => Object.assign({ dataSaver: 'browser', hasShortcuts: true }, data) },
  parse: readPreferences,
  // The later choice wins; a tie is broken on the value itself so both tabs agree.
  merge: (local, remote) =>
    remote.updatedAt > local.updatedAt ||
    (remote.updatedAt === local.updatedAt && JSON.stringify(remote) > JSON.stringify(local))
      ? remote
      : local,
});

export function setPreference(change: Partial<Omit<Preferences, 'updatedAt'>>) {
  preferencesStore.update((current) => ({ ...current, ...change, updatedAt: Date.now() }));
}

/** Mirrors the preferences onto <html>, where CSS reads them. */
export function applyPreferences({ theme, textSize }: Preferences) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = textSize;
}
