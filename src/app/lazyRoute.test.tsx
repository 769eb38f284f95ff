import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from '@/lib/chunkLoadError';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { forgetFailedRoutes, lazyRoute } from './lazyRoute';

type Props = { name: string };

function Greeting({ name }: Props) {
  return <p>Hello, {name}</p>;
}

/** A chunk loader that fails while `isOffline` is true, like import() without a connection. */
function chunkLoader() {
  const network = { isOffline: false };
  const load = vi.fn(() =>
    network.isOffline
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve<ComponentType<Props>>(Greeting),
  );
  return { network, load };
}

const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * React retries a render that suspended on `use` only when the suspending
 * happened inside an awaited act(), so the render or click that suspends runs in one.
 */
async function inAct(action: () => unknown) {
  await act(async () => {
    await action();
    await nextTick();
  });
}

/** The route inside a boundary that forgets failed loads once shown, as the app's boundaries do. */
async function renderInBoundary(Route: ComponentType<Props>) {
  await inAct(() =>
    render(
      <ErrorBoundary
        resetKey="page"
        onCatch={forgetFailedRoutes}
        fallback={(error, retry) => (
          <div role="alert">
            <p>{error instanceof Error ? `${error.name}: ${error.message}` : 'unknown'}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>
          <Route name="reader" />
        </Suspense>
      </ErrorBoundary>,
    ),
  );
}

let source = 0;
/** Each test gets a route of its own: the registry of preloads is per source. */
function nextSource() {
  source += 1;
  return `src/routes/Test${String(source)}Route.tsx`;
}

beforeEach(() => {
  // React reports errors its boundaries catch; here they are expected.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('lazyRoute', () => {
  it('renders the page once its code has loaded', async () => {
    const { load } = chunkLoader();
    await renderInBoundary(lazyRoute(nextSource(), load));

    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load as a ChunkLoadError naming the source', async () => {
    const { network, load } = chunkLoader();
    network.isOffline = true;
    const routeSource = nextSource();
    await renderInBoundary(lazyRoute(routeSource, load));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `ChunkLoadError: Could not load the code for ${routeSource}: Failed to fetch dynamically imported module.`,
    );
  });

  it('does not ask again while the failure is on its way to the boundary', async () => {
    const { network, load } = chunkLoader();
    network.isOffline = true;
    await renderInBoundary(lazyRoute(nextSource(), load));

    await screen.findByRole('alert');

    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the code afresh on Try again once the failure has been shown', async () => {
    const user = userEvent.setup();
    const { network, load } = chunkLoader();
    network.isOffline = true;
    await renderInBoundary(lazyRoute(nextSource(), load));
    await screen.findByRole('alert');

    network.isOffline = false;
    await inAct(() => user.click(screen.getByRole('button', { name: 'Try again' })));

    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed preload that nothing waited for, so the page loads when shown', async () => {
    const { network, load } = chunkLoader();
    const Route = lazyRoute(nextSource(), load);
    network.isOffline = true;
    await expect(Route.preload()).rejects.toBeInstanceOf(ChunkLoadError);

    network.isOffline = false;
    await renderInBoundary(Route);

    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not load again once loaded, whether preloaded or rendered', async () => {
    const { load } = chunkLoader();
    const Route = lazyRoute(nextSource(), load);
    await Route.preload();

    await renderInBoundary(Route);
    await Route.preload();

    expect(screen.getByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
