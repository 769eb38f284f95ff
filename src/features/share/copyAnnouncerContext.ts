import { createContext } from 'react';

/**
 * Says a copy's result through the page's one shared status region, when the
 * page has one (an article: a region per paragraph would be a dozen). Null
 * elsewhere: each message is then its own live region.
 */
export const CopyAnnouncerContext = createContext<((message: string) => void) | null>(null);
