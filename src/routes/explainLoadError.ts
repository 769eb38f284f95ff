import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentTimeoutError,
} from '@/features/content/contentErrors';
import { ChunkLoadError } from '@/lib/chunkLoadError';
import type { OpenedPage } from './openedPage';

export type LoadErrorExplanation = {
  heading: string;
  /** What to do, in the reader's words; the technical reason is shown apart from it. */
  advice: string;
  /**
   * The connection may be to blame, so its return is worth another try, and
   * another address of the site may answer meanwhile: a site blocked in the
   * reader's country fails as a network error or a timeout. An answer from the
   * server (a 5xx, a 404, a damaged document) shows the address was reachable.
   */
  isAboutConnection: boolean;
};

function secondsOf(error: ContentTimeoutError) {
  return String(Math.round(error.timeoutMs / 1000));
}

/**
 * What went wrong, in the reader's words, naming what they were opening
 * ("this article"); `isOnline` is what the browser says now.
 */
export function explainLoadError(
  error: unknown,
  isOnline: boolean,
  opened: OpenedPage = 'page',
): LoadErrorExplanation {
  const thing = `this ${opened}`;
  const Thing = `This ${opened}`;
  const isAboutConnection =
    error instanceof ContentNetworkError ||
    error instanceof ChunkLoadError ||
    error instanceof ContentTimeoutError;
  const explain = (heading: string, advice: string) => ({ heading, advice, isAboutConnection });
  if (isAboutConnection && !isOnline) {
    return explain(
      'You’re offline',
      `${Thing} needs a connection to load. Check your Wi-Fi or mobile data: it will load by itself as soon as you’re back online.`,
    );
  }
  if (error instanceof ContentTimeoutError) {
    return explain(
      `${Thing} is taking too long to load`,
      `We waited ${secondsOf(error)} seconds without an answer. Your connection or our server may be slow. Try again.`,
    );
  }
  if (isAboutConnection) {
    return explain(`We couldn’t load ${thing}`, 'Check your connection and try again.');
  }
  if (error instanceof ContentHttpError) {
    return explain(
      `Our server couldn’t send ${thing}`,
      'The problem is on our side and usually brief. Try again in a moment.',
    );
  }
  if (error instanceof ContentInvalidError) {
    return explain(
      `${Thing} arrived damaged`,
      'Its content doesn’t match what the site expects. Try again later; if you publish this site, the technical details below name the file to fix.',
    );
  }
  return explain(`We couldn’t show ${thing}`, 'Try again; if it keeps happening, come back later.');
}
