import type { TrustedScriptURL, TrustedTypePolicyFactory } from 'trusted-types/lib';
import { Workbox } from 'workbox-window';
import { basePath, siteHref } from '@/lib/basePath';
import { WORKER_FILE, WORKER_POLICY } from './workerFiles';

/**
 * The worker's address as `register` takes it where the pages' policy
 * requires Trusted Types: from a policy of its own that accepts that one
 * address, created once (the CSP allows the name once, so no other script
 * can create it). The default policy, in the page's first script, stays as it is.
 */
function workerScriptUrl(): string | TrustedScriptURL {
  const address = siteHref(WORKER_FILE);
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return address;
  const policy = factory.createPolicy(WORKER_POLICY, {
    createScriptURL: (url: string) => {
      if (url !== address) throw new TypeError(`${url} is not the offline worker's address`);
      return url;
    },
  });
  return policy.createScriptURL(address);
}

export type OfflineWorker = {
  /** Lets the waiting version take over, then reloads the page once it has. */
  applyUpdate: () => void;
};

let registered: OfflineWorker | null = null;

/**
 * Registers the offline worker for the site's base path, where the browser
 * has service workers; `onUpdateReady` is called when a new version is
 * installed and waiting. Nothing reloads until `applyUpdate`. Once per page.
 */
export function registerOfflineWorker(onUpdateReady: () => void): OfflineWorker | null {
  if (!('serviceWorker' in navigator)) return null;
  if (registered) return registered;
  const workbox = new Workbox(workerScriptUrl(), { scope: basePath });
  workbox.addEventListener('waiting', onUpdateReady);
  // Registration failing (private modes, storage off) leaves the site as it is without a worker.
  workbox.register().catch(() => undefined);
  registered = {
    applyUpdate: () => {
      workbox.addEventListener('controlling', () => {
        window.location.reload();
      });
      workbox.messageSkipWaiting();
    },
  };
  return registered;
}
