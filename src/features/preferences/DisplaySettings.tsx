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
    <details ref={ref} className="group relative font-sans text-meta" onToggle={handleToggle}>
      {/* Drawn as a control with a chevron, not a link: it opens a panel, it goes nowhere.
          The box is drawn inside the 44 px target, so the header keeps its height. */}
      <summary className="relative flex min-h-11 cursor-pointer list-none items-center gap-1 px-2 font-semibold before:absolute before:inset-x-0 before:inset-y-1.5 before:rounded before:border-thin before:border-rule group-open:before:border-current hover:text-accent hover:before:border-current [&::-webkit-details-marker]:hidden">
        Display
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 group-open:rotate-180">
          <path d="M3 5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
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
