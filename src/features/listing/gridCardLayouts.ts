import type { CardLayout } from './cardLayouts';

/** The front page's and the section pages' cards (see cardLayouts.ts for each layout's role). */
export const leadLayout: CardLayout = {
  showsPicture: true,
  isPriority: true,
  body: 'grid gap-y-3 @4xl:grid-cols-[3fr_2fr] @4xl:items-center @4xl:gap-x-8',
  image: '',
  crop: 'aspect-video',
  text: '',
  headline: 'text-headline-lead font-bold text-balance',
  standfirst: 'mt-3 text-summary',
  readingTime: 'inline',
};

export const tileLayout: CardLayout = {
  showsPicture: true,
  isPriority: false,
  body: 'grid h-full grid-cols-[minmax(0,1fr)_6.5rem] items-start gap-x-4 sm:grid-cols-1 sm:grid-rows-[auto_1fr] sm:gap-y-3 sm:@md:grid-cols-2 sm:@md:gap-x-6 sm:@4xl:grid-cols-[1fr_2fr]',
  image: 'col-start-2 row-start-1 sm:col-start-1',
  crop: 'aspect-[4/3] sm:aspect-video',
  text: 'col-start-1 row-start-1 flex h-full flex-col sm:row-start-2 sm:@md:col-start-2 sm:@md:row-start-1 sm:@md:h-auto',
  headline: 'text-headline-card font-[650] text-pretty sm:@xl:text-headline-secondary',
  standfirst: 'mt-1.5 hidden text-summary sm:block',
  // Not beside a phone's thumbnail, nor while the picture takes half a mid-width card.
  readingTime: 'hidden sm:inline sm:@md:hidden sm:@2xl:inline',
};
