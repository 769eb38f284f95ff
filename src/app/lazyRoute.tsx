import { use, type ComponentType, type FulfilledReactPromise } from 'react';
import { ChunkLoadError } from '@/lib/chunkLoadError';

/**
 * Source files of the lazy routes a render used, as the build manifest names
 * them: the prerenderer lists their chunks beside the entry (`#app-scripts`),
 * and index.html's loader preloads them with it, so the browser fetches a
 * page's code alongside the entry instead of after it.
 */
export const renderedRouteSources = new Set<string>();

const preloadsBySource = new Map<string, () => Promise<unknown>>();
const failureForgetters = new Set<() => void>();

/** Loads the code of the routes a prerendered page was rendered with, before it is hydrated. */
export async function preloadRoutes(sources: readonly string[]): Promise<void> {
  for (const source of sources) await preloadsBySource.get(source)?.();
}

/**
 * Called once an error boundary has shown a failed load: the next render
 * (Try again, the connection coming back, or navigating there again) fetches
 * the code afresh. Until then a render keeps getting the same failure, so
 * React's re-render after an error cannot start a request loop.
 */
export function forgetFailedRoutes() {
  for (const forget of failureForgetters) forget();
}

type Attempt<T> = { promise: Promise<T>; hasFailed: boolean; isRendered: boolean };

/**
 * A route whose code is its own chunk, loaded when first rendered or earlier
 * through `preload` (link intent, or before hydration). Once loaded it renders
 * without suspending, so hydrating a prerendered page never waits on it and
 * its head tags are adopted, not added again. A failed load throws a
 * ChunkLoadError and is never cached for good. `source` is the module's path
 * from the project root, as the build manifest names it.
 */
export function lazyRoute<Props extends object>(source: string, load: () => Promise<ComponentType<Props>>) {
  let attempt: Attempt<ComponentType<Props>> | undefined;
  // A promise marked as settled, the way React's `use` reads it: no suspending once loaded.
  let loaded: FulfilledReactPromise<ComponentType<Props>> | undefined;

  const begin = () => {
    const current: Attempt<ComponentType<Props>> = {
      hasFailed: false,
      isRendered: false,
      promise: load().then(
        (component) => {
          loaded = Object.assign(Promise.resolve(component), {
            status: 'fulfilled' as const,
            value: component,
          });
          return component;
        },
        (error: unknown) => {
          current.hasFailed = true;
          // A preload nothing on screen waited for is forgotten at once.
          if (!current.isRendered && attempt === current) attempt = undefined;
          throw new ChunkLoadError(source, error);
        },
      ),
    };
    attempt = current;
    return current;
  };
  // Outside a render (link intent, hydration) a failed load is simply tried again.
  const preload = () => (attempt && !attempt.hasFailed ? attempt : begin()).promise;
  // A render waits on the current attempt and marks it, so its failure stays for the boundary.
  const renderedAttempt = () => {
    const current = attempt ?? begin();
    current.isRendered = true;
    return current.promise;
  };
  preloadsBySource.set(source, preload);
  failureForgetters.add(() => {
    if (attempt?.hasFailed) attempt = undefined;
  });

  function Route(props: Props) {
    // Recording during render is how the server learns which chunks a page needs;
    // in the browser the set just holds the few routes seen.
    renderedRouteSources.add(source);
    const Page = use(loaded ?? renderedAttempt());
    return <Page {...props} />;
  }
  Route.preload = preload;
  return Route;
}
