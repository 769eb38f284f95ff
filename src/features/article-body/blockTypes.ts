import type { ReactNode } from 'react';
import type { Block, BlockType } from '@/features/content/contract/schema';

export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** One component per block type; a type missing from the map fails the type check. */
export type BlockComponents = { [T in BlockType]: (props: { block: BlockOf<T> }) => ReactNode };
