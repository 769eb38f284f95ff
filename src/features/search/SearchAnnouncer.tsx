import { useEffect, useState } from 'react';

type Props = { message: string | undefined };

/** How long the results must stay put before their count is read out: typing makes a search a keystroke. */
export const ANNOUNCE_DELAY_MS = 800;

/**
 * The page's one polite status region for search: it reads the count of a
 * completed search once the results have settled, not one per keystroke.
 */
export function SearchAnnouncer({ message }: Props) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (message === undefined) return;
    const timer = setTimeout(() => {
      setSpoken(message);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {spoken}
    </div>
  );
}
