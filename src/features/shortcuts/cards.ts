/**
 * Cards on a listing (front page, section, topic, author, search results),
 * marked `data-card`. The current card is the one holding focus: moving
 * focuses its link, so the browser's focus ring marks it and Enter opens it.
 */
const CARD = '[data-card]';

const cardsOnPage = () => [...document.querySelectorAll<HTMLElement>(`main ${CARD}`)];

/** The card focus is in, if any. */
export const currentCard = () => document.activeElement?.closest<HTMLElement>(CARD) ?? null;

/** A card's own link: the one in its headline. */
const linkOf = (card: HTMLElement) => card.querySelector<HTMLAnchorElement>('h2 a, h3 a');

/** Moves to the next (1) or previous (-1) card; from no card, to the first. */
export function moveCard(step: 1 | -1) {
  const cards = cardsOnPage();
  const current = currentCard();
  const index = current ? cards.indexOf(current) + step : 0;
  const card = cards[Math.min(Math.max(index, 0), cards.length - 1)];
  if (!card) return;
  // The whole card in view, then focus without the browser's own scroll (which may show only the link).
  card.scrollIntoView({ block: 'nearest' });
  linkOf(card)?.focus({ preventScroll: true });
}

export function openCurrentCard() {
  const card = currentCard();
  if (card) linkOf(card)?.click();
}

/**
 * What `s` toggles: the current card's save toggle, else, on an article, the
 * article's (the one save toggle outside the cards), with the headline it saves.
 */
export function saveTarget(): { button: HTMLButtonElement; headline: string } | null {
  const card = currentCard();
  const button = card
    ? card.querySelector<HTMLButtonElement>('button[aria-pressed]')
    : [...document.querySelectorAll<HTMLButtonElement>('main button[aria-pressed]')].find(
        (candidate) => !candidate.closest(CARD),
      );
  if (!button) return null;
  const heading = card ? linkOf(card) : document.querySelector('main h1');
  return { button, headline: heading?.textContent.trim() ?? '' };
}
