import { useState } from 'react';

/** The time the component first rendered: stable across re-renders, so relative times don't flicker. */
export function useNow(): number {
  const [now] = useState(() => Date.now());
  return now;
}
