import type { FocusEvent } from 'react';

type Props = { value: string; label: string; onFocus: () => void; onBlur: () => void };

type Field = HTMLInputElement | HTMLTextAreaElement;

// A module-level ref callback is stable, so React calls it only when the field
// appears: focused and selected, it is ready for Ctrl+C or a long-press.
function selectWhenShown(field: Field | null) {
  field?.focus();
  field?.select();
}

const fieldClass =
  'w-full basis-full rounded border-thin border-rule bg-surface px-3 font-sans text-meta text-ink';

/** Shown when copying failed: the text itself, for the reader to copy by hand. */
export function CopyFallbackField({ value, label, onFocus, onBlur }: Props) {
  function handleFocus(event: FocusEvent<Field>) {
    event.currentTarget.select();
    onFocus();
  }

  // A text input drops line breaks, so text with several lines needs a textarea.
  if (value.includes('\n')) {
    return (
      <textarea
        ref={selectWhenShown}
        readOnly
        rows={3}
        value={value}
        aria-label={label}
        onFocus={handleFocus}
        onBlur={onBlur}
        className={`${fieldClass} resize-none py-2`}
      />
    );
  }
  return (
    <input
      ref={selectWhenShown}
      type="text"
      readOnly
      value={value}
      aria-label={label}
      onFocus={handleFocus}
      onBlur={onBlur}
      className={`${fieldClass} min-h-11`}
    />
  );
}
