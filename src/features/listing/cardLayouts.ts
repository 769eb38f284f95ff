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
export type CardLayout = {
  /** The card's picture, if it has one, is shown (a compact card has none). */
  showsPicture: boolean;
  /** The picture is likely the page's largest paint: loaded at once, not when near the viewport. */
  isPriority: boolean;
  body: string;
  image: string;
  /** The picture's crop: its box is fixed before it loads, so nothing shifts; a phone's thumbnail is squarer. */
  crop: string;
  text: string;
  headline: string;
  standfirst: string;
  /** Where the card's time line shows the reading time: only at card widths whose line has room for it beside the time, the Read mark and the save control; '' for never. */
  readingTime: string;
};

// Whole class names, so Tailwind finds them in the source. The lead and tile
// layouts live in gridCardLayouts.ts, so an article's script, which lists its
// section's stories in a column, carries only these two.
export const standardLayout: CardLayout = {
  showsPicture: true,
  isPriority: false,
  body: 'grid grid-cols-[minmax(0,1fr)_6.5rem] items-start gap-x-4 sm:grid-cols-[12rem_minmax(0,1fr)]',
  image: 'col-start-2 row-start-1 sm:col-start-1',
  crop: 'aspect-[4/3] sm:aspect-video',
  text: 'col-start-1 row-start-1 sm:col-start-2',
  headline: 'text-headline-card font-[650] text-pretty',
  standfirst: 'mt-1.5 hidden text-summary sm:block',
  readingTime: 'hidden @md:inline',
};

export const compactLayout: CardLayout = {
  showsPicture: false,
  isPriority: false,
  body: '',
  image: '',
  crop: '',
  text: '',
  headline: 'text-headline-compact font-[650] text-pretty',
  standfirst: 'hidden',
  readingTime: '',
};

/** A standard card's thumbnail: 12rem from `sm`, 6.5rem on a phone. */
export const STANDARD_SIZES = '(min-width: 40rem) 12rem, 6.5rem';
