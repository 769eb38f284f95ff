/** The single keys the site answers; Enter opens a focused card's link natively, Esc closes natively. */
export const SHORTCUT_KEYS = ['j', 'k', 'o', 's', '/', '?'] as const;
export type ShortcutKey = (typeof SHORTCUT_KEYS)[number];

const isShortcutKey = (key: string): key is ShortcutKey => (SHORTCUT_KEYS as readonly string[]).includes(key);

/** Where a key is text, not a shortcut: fields, lists and anything editable. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null)
  );
}

/** A dialog or a menu (Display, Share: `<details>`) is open: its own keys come first. */
const isOverlayOpen = () => document.querySelector('dialog[open], details[open]') !== null;

/**
 * The shortcut a key press asks for, or null when it is not one: shortcuts
 * switched off, a Ctrl, Alt or Meta chord (the browser's and the system's
 * own), typing in a field, an input method composing, or a dialog or menu open.
 */
export function shortcutKeyOf(event: KeyboardEvent, isEnabled: boolean): ShortcutKey | null {
  if (!isEnabled || !isShortcutKey(event.key)) return null;
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing || event.defaultPrevented)
    return null;
  if (isTyping(event.target) || isOverlayOpen()) return null;
  return event.key;
}
