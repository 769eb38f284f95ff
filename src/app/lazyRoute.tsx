import { use, type ComponentType, type FulfilledReactPromise } from 'react';

/**
 * Source files of the lazy routes a render used, as the build manifest names
 * them: the prerenderer turns them into modulepreload links so the browser
 * fetches a page's code alongside the entry instead of after it.
 */
export const renderedRouteSources = new Set<string>();

const preloadsBySource = new Map<string, () => Promise<unknown>>();

/** Loads the code of the routes a prerendered page was rendered with, before it is hydrated. */
export async function preloadRoutes(sources: readonly string[]): Promise<void> {
  for (const source of sources) await preloadsBySource.get(source)?.();
}

/**
 * A route whose code is its own chunk, loaded when first rendered or earlier
 * through `preload` (link intent, or before hydration). Once loaded it renders
 * without suspending, so hydrating a prerendered page never waits on it and
 * its head tags are adopted, not added again. `source` is the module's path
 * from the project root, as the build manifest names it.
 */
export function lazyRoute<Props extends object>(source: string, load: () => Promise<ComponentType<Props>>) {
  let pending: Promise<ComponentType<Props>> | undefined;
  // A promise marked as settled, the way React's `use` reads it: no suspending once loaded.
  let loaded: FulfilledReactPromise<ComponentType<Props>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = Object.assign(Promise.resolve(component), { status: 'fulfilled' as const, value: component });
      return component;
    }));
  preloadsBySource.set(source, preload);

  function Route(props: Props) {
    // Recording during render is how the server learns which chunks a page needs;
    // in the browser the set just holds the few routes seen.
    renderedRouteSources.add(source);
    const Page = use(loaded ?? preload());
    return <Page {...props} />;
  }
  Route.preload = preload;
  return Route;
}
