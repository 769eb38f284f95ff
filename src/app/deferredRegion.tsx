import { Suspense, use, type ComponentType, type FulfilledReactPromise } from 'react';

let startLoading: () => void = () => undefined;
const firstPageLive = new Promise<void>((resolve) => {
  startLoading = resolve;
});

/**
 * Deferred regions may fetch their code now: in the browser once the first
 * page is interactive (RootLayout), on the server before the first render.
 */
export function loadDeferredRegions() {
  startLoading();
}

/** Runs `load` once the first page is interactive (see loadDeferredRegions). */
export function afterPageLive<T>(load: () => Promise<T>): Promise<T> {
  return firstPageLive.then(load);
}

/**
 * A part of a page below the fold (an article's foot) whose code is its own
 * chunk and is fetched only once the page is interactive. Its prerendered
 * HTML stays as it is, links working, until the code arrives and React
 * hydrates it, so the page's first script carries none of it. If its code
 * cannot be loaded, the region is left out rather than failing the page.
 */
export function deferredRegion<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let pending: Promise<ComponentType<Props>> | undefined;
  // Marked as settled the way React's `use` reads it: once loaded, no suspending.
  let loaded: FulfilledReactPromise<ComponentType<Props>> | undefined;
  const preload = () =>
    (pending ??= afterPageLive(load)
      .catch(() => () => null)
      .then((component) => {
        loaded = Object.assign(Promise.resolve(component), {
          status: 'fulfilled' as const,
          value: component,
        });
        return component;
      }));

  function Loaded(props: Props) {
    const Region = use(loaded ?? preload());
    return <Region {...props} />;
  }
  function Region(props: Props) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  Region.preload = preload;
  return Region;
}
