import { useCallback, useEffect, useRef } from 'react';
import { usePreferences } from '@/features/reader-state/useReaderState';
import { onShortcutsHelpRequest } from '@/lib/shortcutsHelp';
import { announce } from '@/ui/pageAnnouncer';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/** The shortcuts and their `?` dialog; what `s` did is said once, through the page's live region. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const isEnabled = usePreferences().data.hasShortcuts;

  const showHelp = useCallback(() => {
    if (dialog.current?.open !== false) return;
    opener.current = document.activeElement;
    dialog.current.showModal();
  }, []);
  const handleClose = () => {
    // Back where the reader was; from inside a menu that has closed meanwhile, to the menu's button.
    const from = opener.current;
    const target = from?.closest('details:not([open])')?.querySelector('summary') ?? from;
    if (target instanceof HTMLElement) target.focus();
  };

  useKeyboardShortcuts({ onHelp: showHelp, onAnnounce: announce });
  useEffect(() => onShortcutsHelpRequest(showHelp), [showHelp]);

  return <ShortcutsDialog ref={dialog} isEnabled={isEnabled} onClose={handleClose} />;
}
