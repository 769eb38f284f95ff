import { lazy, Suspense, type ComponentProps } from 'react';

// Only a refused clipboard shows the field: its code stays out of the article's script.
const CopyFallbackField = lazy(() =>
  import('./CopyFallbackField').then((module) => ({ default: module.CopyFallbackField })),
);

type Props = ComponentProps<typeof CopyFallbackField>;

/** The text to copy by hand, shown when copying failed; loaded then. */
export function CopyFallback(props: Props) {
  return (
    <Suspense fallback={null}>
      <CopyFallbackField {...props} />
    </Suspense>
  );
}
