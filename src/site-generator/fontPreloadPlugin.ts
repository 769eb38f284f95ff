import type { Plugin } from 'vite';

/** The face every page's first screen sets its headline and text in. */
export const FIRST_SCREEN_FONT = 'source-serif-4-latin-wght-normal.woff2';

/**
 * Adds `<link rel="preload">` for the first-screen font to the page template,
 * so the browser fetches it alongside the stylesheet instead of after it: the
 * font is then usually there before the first paint and the swap never shows.
 * Only that one face: preloading the rest would spend the phone's first
 * round trips on letters the page may not use.
 */
export function fontPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'broadsheet-font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const font = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === 'asset' &&
            output.originalFileNames.some((name) => name.endsWith(FIRST_SCREEN_FONT)),
        );
        if (!font)
          throw new Error(
            `fontPreloadPlugin: the build emitted no ${FIRST_SCREEN_FONT}; is src/fonts.css imported?`,
          );
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${font.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
