import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { usePreferences } from '@/features/reader-state/useReaderState';
import { focusRequest, SEARCH_INPUT_ID } from '@/features/search/searchField';
import { moveCard, openCurrentCard, saveTarget } from './cards';
import { shortcutKeyOf, type ShortcutKey } from './shortcutKey';

type Handlers = {
  onHelp: () => void;
  onAnnounce: (message: string) => void;
};

/**
 * The site's one keyboard handler: `?` this list, `/` search, `j`/`k` next
 * and previous card, `o` open it, `s` save. Which keys count, and when, is
 * shortcutKeyOf's to say; the reader can switch them all off in Display.
 */
export function useKeyboardShortcuts({ onHelp, onAnnounce }: Handlers) {
  const navigate = useNavigate();
  const isEnabled = usePreferences().data.hasShortcuts;
  useEffect(() => {
    const run: Record<ShortcutKey, () => void> = {
      '?': onHelp,
      '/': () => {
        const field = document.getElementById(SEARCH_INPUT_ID);
        if (field) field.focus();
        else void navigate('/search', { state: focusRequest });
      },
      j: () => {
        moveCard(1);
      },
      k: () => {
        moveCard(-1);
      },
      o: openCurrentCard,
      s: () => {
        const target = saveTarget();
        if (!target) return;
        const wasSaved = target.button.getAttribute('aria-pressed') === 'true';
        target.button.click();
        onAnnounce(wasSaved ? `Removed “${target.headline}” from saved` : `Saved “${target.headline}”`);
      },
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      const key = shortcutKeyOf(event, isEnabled);
      if (key === null) return;
      event.preventDefault();
      run[key]();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => {
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [navigate, isEnabled, onHelp, onAnnounce]);
}
