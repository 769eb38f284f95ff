import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentTimeoutError,
} from '@/features/content/contentErrors';
import { ChunkLoadError } from '@/lib/chunkLoadError';

export type LoadErrorExplanation = {
  heading: string;
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

/** What went wrong, in the reader's words; `isOnline` is what the browser says now. */
export function explainLoadError(error: unknown, isOnline: boolean): LoadErrorExplanation {
  const isAboutConnection =
    error instanceof ContentNetworkError ||
    error instanceof ChunkLoadError ||
    error instanceof ContentTimeoutError;
  if (isAboutConnection && !isOnline) {
    return {
      heading: 'You’re offline',
      advice:
        'This page needs a connection to load. Check your Wi-Fi or mobile data: the page will load by itself as soon as you’re back online.',
      isAboutConnection,
    };
  }
  if (error instanceof ContentTimeoutError) {
    return {
      heading: 'The newsroom is taking too long to answer',
      advice: `We waited ${secondsOf(error)} seconds without an answer. The connection or the server may be slow; try again.`,
      isAboutConnection,
    };
  }
  if (isAboutConnection) {
    return {
      heading: 'We could not reach the newsroom',
      advice: 'Check your internet connection, then try again.',
      isAboutConnection,
    };
  }
  if (error instanceof ContentHttpError) {
    return {
      heading: 'The server had a problem',
      advice: 'This is usually brief. Try again in a moment.',
      isAboutConnection,
    };
  }
  if (error instanceof ContentInvalidError) {
    return {
      heading: 'This page’s content is damaged',
      advice:
        'The content arrived but does not match what the site expects. Try again later; if you publish this site, fix the file named below and deploy it again.',
      isAboutConnection,
    };
  }
  return {
    heading: 'Something went wrong',
    advice: 'Try again; if it keeps happening, come back later.',
    isAboutConnection,
  };
}
