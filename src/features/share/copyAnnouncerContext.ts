import { createContext, type Dispatch, type SetStateAction } from 'react';

/** The last message said, and how many have been: a repeat is a new message too. */
export type Said = { message: string; count: number };

/**
 * Says a copy's result through the page's one shared status region, when the
 * page has one (an article: a region per paragraph would be a dozen). Null
 * elsewhere: each message is then its own live region.
 */
export const CopyAnnouncerContext = createContext<Dispatch<SetStateAction<Said>> | null>(null);
