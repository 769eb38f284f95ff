import { useEffect, useState } from 'react';
import { hasHydrated, onceHydrated } from '@/ui/hydration';

let notFoundAt: string | null = null;

/**
 * The document is the server's not-found page (prerendered for any address),
 * answering `sitePath`: main.tsx says so before hydrating it.
 */
export function markNotFoundDocument(sitePath: string) {
  notFoundAt = sitePath;
}

/** Whether `sitePath` is the address the server answered with its not-found page. */
export function isNotFoundDocumentAt(sitePath: string): boolean {
  return notFoundAt === sitePath;
}

/**
 * True while React hydrates the server's not-found page (at whatever address
 * the server answered with it); false once the page is hydrated, and always
 * false on any other page, which never re-renders for it (a re-render of the
 * routes would reach deferred regions still waiting for their code).
 */
export function useHydratesNotFoundDocument(): boolean {
  const [isNotFoundDocument] = useState(() => !hasHydrated() && notFoundAt !== null);
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => {
    if (!isNotFoundDocument) return undefined;
    return onceHydrated(() => {
      setIsHydrated(true);
    });
  }, [isNotFoundDocument]);
  return isNotFoundDocument && !isHydrated;
}
