import { useStoreAfterHydration } from '@/ui/useStoreAfterHydration';

/** 'dismissed' covers the reader closing the share sheet: nothing went wrong. */
export type ShareOutcome = 'shared' | 'dismissed' | 'failed';

export type NativeShare = (data: ShareData) => Promise<ShareOutcome>;

const noop = () => undefined;

// Support cannot change while the page is open, so there is nothing to watch.
function subscribe() {
  return noop;
}

const isSupported = () => 'share' in navigator;

// The server cannot know, so it renders without the share button and
// hydration adds it: server and first client render always match.
const isSupportedOnServer = () => false;

async function share(data: ShareData): Promise<ShareOutcome> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    // AbortError: the reader closed the sheet. InvalidStateError: a second tap
    // while the sheet is already open, which is still in charge.
    const isDismissal =
      error instanceof DOMException && (error.name === 'AbortError' || error.name === 'InvalidStateError');
    return isDismissal ? 'dismissed' : 'failed';
  }
}

/** The device's own share sheet (Web Share API), or null where the browser has none. */
export function useNativeShare(): NativeShare | null {
  const canShare = useStoreAfterHydration(subscribe, isSupported, isSupportedOnServer);
  return canShare ? share : null;
}
