import { createContext, useContext, type ReactNode } from 'react';
import type { BlockOf } from './blockTypes';

/**
 * Controls the page adds to blocks (a paragraph's link, a quote's share
 * button). The route supplies them, so the renderer knows nothing of sharing.
 */
export type BlockActions = {
  paragraph?: (block: BlockOf<'paragraph'>) => ReactNode;
  pullquote?: (block: BlockOf<'pullquote'>) => ReactNode;
};

export const BlockActionsContext = createContext<BlockActions>({});

export function useBlockActions(): BlockActions {
  return useContext(BlockActionsContext);
}
