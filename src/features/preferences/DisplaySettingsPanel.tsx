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
  'flex min-h-11 cursor-pointer items-center gap-2 rounded border-thin border-rule px-3 has-checked:border-ink has-checked:font-semibold';

/** The settings themselves: loaded when the reader first opens Display. */
export function DisplaySettingsPanel() {
  const { data: preferences } = usePreferences();
  return (
    <>
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
    </>
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
