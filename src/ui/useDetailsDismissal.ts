import { useEffect, useRef } from 'react';

/**
 * A `<details>` used as a menu or panel closes the way readers expect one to:
 * on Escape (focus back on its summary), on a click or tap outside it, and
 * when keyboard focus moves out of it. Returns the ref to put on the element.
 */
export function useDetailsDismissal<T extends HTMLDetailsElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (returnFocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (returnFocus) details.querySelector('summary')?.focus();
    };
    const handlePointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target)) close(false);
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        event.preventDefault();
        close(true);
      }
    };
    const handleFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !details.contains(event.relatedTarget)) close(false);
    };
    document.addEventListener('pointerdown', handlePointerDown);
    details.addEventListener('keydown', handleKeyDown);
    details.addEventListener('focusout', handleFocusOut);
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown);
      details.removeEventListener('keydown', handleKeyDown);
      details.removeEventListener('focusout', handleFocusOut);
    };
  }, []);
  return ref;
}
