/**
 * A request to show the keyboard shortcuts, from anywhere (the Display
 * panel's link) to whoever shows them (the reader companion), without either
 * importing the other.
 */
const SHOW_SHORTCUTS = 'broadsheet:show-shortcuts';

export function requestShortcutsHelp() {
  document.dispatchEvent(new Event(SHOW_SHORTCUTS));
}

export function onShortcutsHelpRequest(listener: () => void): () => void {
  document.addEventListener(SHOW_SHORTCUTS, listener);
  return () => {
    document.removeEventListener(SHOW_SHORTCUTS, listener);
  };
}
