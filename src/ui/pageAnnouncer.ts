let say: (message: string) => void = () => undefined;

/**
 * Says `message` once, politely, through the page's one live region (the
 * layout's), so that a page never has a second region to compete with it.
 */
export function announce(message: string) {
  // Emptied first, so that the same words said twice are heard twice.
  say('');
  setTimeout(() => {
    say(message);
  }, 100);
}

/** The layout hands over its live region. */
export function connectAnnouncer(setMessage: (message: string) => void) {
  say = setMessage;
}
