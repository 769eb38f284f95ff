import { GRID_COLUMNS, type Span } from './rowSpans';

/**
 * How wide a card's picture is drawn, as an `<img sizes>` value, so the
 * browser fetches the smallest variant that is sharp enough. The numbers
 * follow the layout: the page is at most 80rem with a 1.5rem margin each
 * side (1rem on phones); the front page's lead column takes two thirds of it
 * beside the rail (2rem apart) from `lg`; grid cards are 1.5rem apart.
 */
export type CardArea = 'page' | 'lead-column';

const PAGE_AT_MAX_REM = 77;
const LEAD_COLUMN_AT_MAX_REM = ((PAGE_AT_MAX_REM - 2) * 2) / 3;
const GAP_REM = 1.5;
/** A card this wide sets its picture beside its text on half of it, and from the next on a third (`@md`, `@4xl`). */
const HALF_FROM_REM = 28;
const THIRD_FROM_REM = 56;
/** On a phone a grid card is a row with a thumbnail at its end. */
export const THUMBNAIL = '6.5rem';

const areaAtMax: Record<CardArea, number> = { page: PAGE_AT_MAX_REM, 'lead-column': LEAD_COLUMN_AT_MAX_REM };
const areaAtLg: Record<CardArea, string> = { page: '100vw - 3rem', 'lead-column': '(100vw - 5rem) * 2 / 3' };
const SM_AREA = '100vw - 3rem';
const PHONE_AREA = 'calc(100vw - 2rem)';

const round = (rem: number) => `${String(Math.round(rem * 10) / 10)}rem`;
const share = (span: Span) => span / GRID_COLUMNS;

function pictureOf(cardRem: number): number {
  if (cardRem >= THIRD_FROM_REM) return (cardRem - GAP_REM) / 3;
  if (cardRem >= HALF_FROM_REM) return (cardRem - GAP_REM) / 2;
  return cardRem;
}

function atMax(area: CardArea, span: Span): string {
  return round(pictureOf(share(span) * (areaAtMax[area] + GAP_REM) - GAP_REM));
}

/**
 * Between breakpoints the width is a calc() of the viewport, and the card
 * is counted as its picture: a card spanning the whole row sets its picture
 * beside its text (on a third of it across the page from `lg`, on half
 * elsewhere); a card of half a row may too where it is wider than 28rem,
 * which leaves the estimate a little large, never too small.
 */
function inRange(area: string, span: Span, pictureShare: number): string {
  const factor = span === GRID_COLUMNS ? pictureShare : share(span);
  return `calc(((${area}) + ${String(GAP_REM)}rem) * ${String(Math.round(factor * 1000) / 1000)} - ${String(GAP_REM)}rem)`;
}

/** A grid card's picture, from its spans at `sm` and `lg`. */
export function gridCardSizes(area: CardArea, spans: { sm: Span; lg: Span }): string {
  return [
    `(min-width: 80rem) ${atMax(area, spans.lg)}`,
    `(min-width: 64rem) ${inRange(areaAtLg[area], spans.lg, area === 'page' ? 1 / 3 : 1 / 2)}`,
    `(min-width: 40rem) ${inRange(SM_AREA, spans.sm, 1 / 2)}`,
    THUMBNAIL,
  ].join(', ');
}

/**
 * A lead's picture: on the front page it tops the lead column; on a section
 * page it takes three fifths of the page beside the headline from 56rem.
 */
export function leadSizes(area: CardArea): string {
  return area === 'lead-column'
    ? `(min-width: 80rem) ${round(LEAD_COLUMN_AT_MAX_REM)}, (min-width: 64rem) calc(${areaAtLg[area]}), ${PHONE_AREA}`
    : `(min-width: 80rem) ${round((PAGE_AT_MAX_REM - 2) * 0.6)}, (min-width: 64rem) calc((100vw - 5rem) * 0.6), ${PHONE_AREA}`;
}
