import {
  setPreference,
  TEXT_SIZES,
  THEMES,
  type DataSaverChoice,
  type TextSize,
  type Theme,
} from '@/features/reader-state/preferences';
import { usePreferences } from '@/features/reader-state/useReaderState';
import { requestShortcutsHelp } from '@/lib/shortcutsHelp';

const themeLabels: Record<Theme, string> = { system: 'Match device', light: 'Light', dark: 'Dark' };
const textSizeLabels: Record<TextSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Extra large',
};
const dataSaverLabels: Record<DataSaverChoice, string> = {
  browser: 'Match browser',
  on: 'On',
  off: 'Off',
};
// Every choice has a label (the Record says so), so the labels' keys are the choices, in this order.
const DATA_SAVER_CHOICES = Object.keys(dataSaverLabels) as DataSaverChoice[];
const SWITCH = ['on', 'off'] as const;
const switchLabels = { on: 'On', off: 'Off' };

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
      {/* Smallest images, none below the top until tapped, no fetching ahead. */}
      <ChoiceGroup
        legend="Data saver"
        name="data-saver"
        options={DATA_SAVER_CHOICES}
        labels={dataSaverLabels}
        value={preferences.dataSaver}
        onChange={(dataSaver) => {
          setPreference({ dataSaver });
        }}
      />
      <ChoiceGroup
        legend="Keyboard shortcuts"
        name="shortcuts"
        options={SWITCH}
        labels={switchLabels}
        value={preferences.hasShortcuts ? 'on' : 'off'}
        isTwoColumns
        onChange={(choice) => {
          setPreference({ hasShortcuts: choice === 'on' });
        }}
      />
      <button
        type="button"
        onClick={requestShortcutsHelp}
        className="min-h-11 font-semibold text-accent underline underline-offset-2 hover:no-underline"
      >
        List of keyboard shortcuts
      </button>
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
