import { lazy, Suspense, useState, type SyntheticEvent } from 'react';
import { useDetailsDismissal } from '@/ui/useDetailsDismissal';

// The panel's code is not needed until the reader opens it, and most never do.
const DisplaySettingsPanel = lazy(() =>
  import('./DisplaySettingsPanel').then((module) => ({ default: module.DisplaySettingsPanel })),
);

/** Theme and article text size, in a disclosure so the header stays calm. */
export function DisplaySettings() {
  const [hasOpened, setHasOpened] = useState(false);
  const handleToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open) setHasOpened(true);
  };
  // Escape (focus back on its button), a click outside and focus leaving close it, as a menu would.
  const ref = useDetailsDismissal();
  return (
    <details ref={ref} className="relative font-sans text-meta" onToggle={handleToggle}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center rounded px-2 font-semibold hover:text-accent [&::-webkit-details-marker]:hidden">
        Display
      </summary>
      <div className="absolute end-0 z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] space-y-4 rounded border-thin border-rule bg-paper p-4 shadow-lg">
        {hasOpened && (
          <Suspense fallback={<p className="text-muted">Loading settings…</p>}>
            <DisplaySettingsPanel />
          </Suspense>
        )}
      </div>
    </details>
  );
}
