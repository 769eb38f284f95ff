import type { StoreHealth } from '@/lib/persistentStore';

type Props = { health: StoreHealth; onDismiss: () => void };

/** Tells the reader when their saved list could not be read, or cannot be kept. */
export function SavedHealthNotice({ health, onDismiss }: Props) {
  if (health.kind === 'ok') return null;
  if (health.kind === 'unavailable') {
    return (
      <p role="alert" className="mt-4 rounded border-thin border-accent p-4 font-sans text-meta">
        Saving is unavailable in this browser: its storage is full or turned off. You can still save articles,
        but the list will be forgotten when you close this tab. Freeing space or allowing site data brings it
        back.
      </p>
    );
  }
  return (
    <div role="alert" className="mt-4 rounded border-thin border-accent p-4 font-sans text-meta">
      <p>
        Your saved list could not be read because {health.reason}, so a fresh list was started.
        {health.corruptKey
          ? ` The old data was kept in this browser’s storage under “${health.corruptKey}”, in case it can be recovered.`
          : ' The old data could not be kept aside because storage is full.'}
      </p>
      <button type="button" onClick={onDismiss} className="mt-2 min-h-11 font-semibold text-accent underline">
        Dismiss
      </button>
    </div>
  );
}
