const MAX_FRAMES = 60;

function storyLink(href: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLAnchorElement>('#main article a[href]')].find(
    (link) => link.getAttribute('href') === href,
  );
}

/**
 * Once the listing has re-rendered with the new stories, takes the reader to
 * its top and puts focus on the first of them (on the page's heading should
 * it not be there), as if the page had just loaded with them.
 */
export function focusShownStory(href: string, frame = 0) {
  const link = storyLink(href);
  if (!link && frame < MAX_FRAMES) {
    requestAnimationFrame(() => {
      focusShownStory(href, frame + 1);
    });
    return;
  }
  window.scrollTo({ top: 0 });
  // The browser scrolls on only when the story is below the fold (the front page's latest on a phone).
  (link ?? document.querySelector<HTMLElement>('[data-page-heading]'))?.focus();
}
