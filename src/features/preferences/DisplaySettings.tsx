import type { KeyboardEvent } from 'react';
import {
  setPreference,
  TEXT_SIZES,
  THEMES,
  type TextSize,
  type Theme,
} from '@/features/reader-state/preferences';
import { usePreferences } from '@/features/reader-state/useReaderState';

const themeLabels: Record<Theme, string> = { system: 'Match device', light: 'Light', dark: 'Dark' };
const textSizeLabels: Record<TextSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Extra large',
};

const optionClass =
  'flex min-h-11 cursor-pointer items-center gap-2 rounded border border-rule px-3 has-checked:border-ink has-checked:font-semibold';

/** Theme and article text size, in a disclosure so the header stays calm. */
export function DisplaySettings() {
  const { data: preferences } = usePreferences();
  // Escape closes the panel and returns focus to its button, as a menu would.
  const handleKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    // <details> is an interactive disclosure; the rule counts it as static.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <details className="relative font-sans text-sm" onKeyDown={handleKeyDown}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded px-2 font-semibold hover:text-accent [&::-webkit-details-marker]:hidden">
        Display
      </summary>
      <div className="absolute right-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-4 rounded border border-rule bg-paper p-4 shadow-lg">
        <fieldset>
          <legend className="mb-2 font-semibold">Theme</legend>
          <div className="grid gap-2">
            {THEMES.map((theme) => (
              <label key={theme} className={optionClass}>
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={preferences.theme === theme}
                  onChange={() => {
                    setPreference({ theme });
                  }}
                  className="accent-(--color-accent)"
                />
                {themeLabels[theme]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-semibold">Article text size</legend>
          <div className="grid grid-cols-2 gap-2">
            {TEXT_SIZES.map((textSize) => (
              <label key={textSize} className={optionClass}>
                <input
                  type="radio"
                  name="text-size"
                  value={textSize}
                  checked={preferences.textSize === textSize}
                  onChange={() => {
                    setPreference({ textSize });
                  }}
                  className="accent-(--color-accent)"
                />
                {textSizeLabels[textSize]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </details>
  );
}
