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
        <ChoiceGroup
          legend="Theme"
          name="theme"
          options={THEMES}
          labels={themeLabels}
          value={preferences.theme}
          onChange={(theme) => {
            setPreference({ theme });
          }}
        />
        <ChoiceGroup
          legend="Article text size"
          name="text-size"
          options={TEXT_SIZES}
          labels={textSizeLabels}
          value={preferences.textSize}
          isTwoColumns
          onChange={(textSize) => {
            setPreference({ textSize });
          }}
        />
      </div>
    </details>
  );
}

type ChoiceGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  isTwoColumns?: boolean;
  onChange: (value: T) => void;
};

/** A fieldset of native radio buttons: keyboard and screen-reader behaviour come for free. */
function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  isTwoColumns = false,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">{legend}</legend>
      <div className={`grid gap-2 ${isTwoColumns ? 'grid-cols-2' : ''}`}>
        {options.map((option) => (
          <label key={option} className={optionClass}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => {
                onChange(option);
              }}
              className="accent-(--color-accent)"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
