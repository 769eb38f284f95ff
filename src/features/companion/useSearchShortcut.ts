import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { focusRequest, SEARCH_INPUT_ID } from '@/features/search/searchField';

/** Where typing a `/` is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/**
 * `/` from anywhere puts the cursor in the search field: on the search page
 * at once, elsewhere by going there. Not while typing in a field, and not
 * with Ctrl, Alt or Meta (the browser's and the system's own shortcuts).
 */
export function useSearchShortcut() {
  const navigate = useNavigate();
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      event.preventDefault();
      const field = document.getElementById(SEARCH_INPUT_ID);
      if (field) field.focus();
      else void navigate('/search', { state: focusRequest });
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => {
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [navigate]);
}
