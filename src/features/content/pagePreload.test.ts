import { isPageReady, markPageReady, preloadPage, registerPagePreload } from './pagePreload';

describe('page readiness', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says a page is ready once a link has marked it, and no other page', () => {
    markPageReady('/news/koreas/harbour-reopens');

    expect(isPageReady('/news/koreas/harbour-reopens')).toBe(true);
    expect(isPageReady('/news/koreas/ferry-strike')).toBe(false);
    expect(isPageReady(null)).toBe(false);
  });

  it('stops calling a page ready before the query cache may drop its unseen data', () => {
    vi.useFakeTimers();
    markPageReady('/news/koreas/new-pier');

    vi.advanceTimersByTime(4 * 60_000 - 1);
    expect(isPageReady('/news/koreas/new-pier')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(isPageReady('/news/koreas/new-pier')).toBe(false);
  });
});

describe('preloadPage', () => {
  it('hands back the loading of the page’s code, so a link can wait for it', async () => {
    let loaded = false;
    registerPagePreload('page', () =>
      Promise.resolve().then(() => {
        loaded = true;
      }),
    );

    await preloadPage('page');

    expect(loaded).toBe(true);
  });
});
