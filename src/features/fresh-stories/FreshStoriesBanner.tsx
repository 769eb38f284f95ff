import { useCallback, useEffect } from 'react';
import { useClearOfFocus } from './useClearOfFocus';

type Props = {
  /** "3 new stories". */
  count: string;
  onShow: () => void;
  onDismiss: () => void;
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * "3 new stories — Show", over the top edge of the window: fixed, so nothing
 * on the page moves when it appears, and moved to the bottom edge whenever it
 * would cover what has focus. Escape dismisses it, unless something else
 * (an open panel, a field) took the key.
 */
export function FreshStoriesBanner({ count, onShow, onDismiss }: Props) {
  const { ref, edge } = useClearOfFocus<HTMLElement>();

  // Focus inside the bar would be lost with it: the page's heading takes it, as after a page change.
  const dismiss = useCallback(() => {
    const hadFocus = ref.current?.contains(document.activeElement) === true;
    onDismiss();
    if (hadFocus) document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [onDismiss, ref]);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      dismiss();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => {
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [dismiss]);

  return (
    <aside
      ref={ref}
      aria-label="New stories"
      data-edge={edge}
      className={`fixed inset-x-0 z-40 mx-auto flex w-fit max-w-[calc(100vw-1rem)] items-center rounded-full bg-ink py-1 ps-4 pe-1 font-sans text-control text-paper shadow-lg ${edge === 'top' ? 'top-2' : 'bottom-2'}`}
    >
      <p>
        {count} <span aria-hidden="true">—</span>
      </p>
      <button type="button" onClick={onShow} className="min-h-11 rounded-full px-3 underline">
        Show
      </button>
      <button type="button" onClick={dismiss} className="min-h-11 min-w-11 rounded-full">
        <span aria-hidden="true">×</span>
        <span className="sr-only">Dismiss</span>
      </button>
    </aside>
  );
}
