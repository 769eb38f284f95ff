/**
 * lead: the top story of the front page or a section, a large picture above
 * its headline, or beside it where the card is wide (a 56rem container);
 * tile: a grid card, a row with a thumbnail at its end on a phone, the
 * picture above the headline from `sm`, beside it where the card is wide
 * (half the card from a 28rem container, a third from 56rem, as wide as the
 * grid's columns above it; a larger headline from 36rem); with the picture
 * above, the time sits at the card's foot so a row's times line up;
 * standard: a row, the thumbnail at the start from `sm` (at the end on a
 * phone), for a list in a column such as an article's "More from";
 * compact: kicker, headline and time, for the latest rail.
 */
export type CardVariant = 'lead' | 'tile' | 'standard' | 'compact';

type Layout = {
  body: string;
  image: string;
  /** The picture's crop: its box is fixed before it loads, so nothing shifts; a phone's thumbnail is squarer. */
  crop: string;
  text: string;
  headline: string;
  standfirst: string;
};

// Whole class names, so Tailwind finds them in the source.
export const layoutByVariant: Record<CardVariant, Layout> = {
  lead: {
    body: 'grid gap-y-3 @4xl:grid-cols-[3fr_2fr] @4xl:items-center @4xl:gap-x-8',
    image: '',
    crop: 'aspect-video',
    text: '',
    headline: 'text-headline-lead font-bold text-balance',
    standfirst: 'mt-3 text-summary',
  },
  tile: {
    body: 'grid h-full grid-cols-[minmax(0,1fr)_6.5rem] items-start gap-x-4 sm:grid-cols-1 sm:grid-rows-[auto_1fr] sm:gap-y-3 sm:@md:grid-cols-2 sm:@md:gap-x-6 sm:@4xl:grid-cols-[1fr_2fr]',
    image: 'col-start-2 row-start-1 sm:col-start-1',
    crop: 'aspect-[4/3] sm:aspect-video',
    text: 'col-start-1 row-start-1 flex h-full flex-col sm:row-start-2 sm:@md:col-start-2 sm:@md:row-start-1 sm:@md:h-auto',
    headline: 'text-headline-card font-[650] text-pretty sm:@xl:text-headline-secondary',
    standfirst: 'mt-1.5 hidden text-summary sm:block',
  },
  standard: {
    body: 'grid grid-cols-[minmax(0,1fr)_6.5rem] items-start gap-x-4 sm:grid-cols-[12rem_minmax(0,1fr)]',
    image: 'col-start-2 row-start-1 sm:col-start-1',
    crop: 'aspect-[4/3] sm:aspect-video',
    text: 'col-start-1 row-start-1 sm:col-start-2',
    headline: 'text-headline-card font-[650] text-pretty',
    standfirst: 'mt-1.5 hidden text-summary sm:block',
  },
  compact: {
    body: '',
    image: '',
    crop: '',
    text: '',
    headline: 'text-headline-compact font-[650] text-pretty',
    standfirst: 'hidden',
  },
};
