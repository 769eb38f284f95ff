import { memo, Suspense, use, type ComponentType } from 'react';

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
  let loaded: ComponentType<Props> | undefined;
  const preload = () =>
    (pending ??= afterPageLive(load)
      .catch(() => () => null)
      .then((component) => {
        loaded = component;
        return component;
      }));

  function Loaded(props: Props) {
    // Once loaded, rendered without `use` at all: even a settled promise read
    // with `use` kept a suspended sibling (a route waiting for data) from
    // retrying in tests. `use` may be called conditionally.
    const Region = loaded ?? use(preload());
    return <Region {...props} />;
  }
  // Memoised: a parent that re-renders with the same props (the layout, once
  // the reader's stored state is read after hydration) must not update a
  // region still waiting for its code, or React discards its prerendered HTML
  // and renders it afresh (error 421's recovery), which blanks it meanwhile.
  const Region = Object.assign(
    memo(function Region(props: Props) {
      return (
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      );
    }),
    { preload },
  );
  return Region;
}
