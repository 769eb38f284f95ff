import { act } from '@testing-library/react';
import { Suspense, use, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Fresh modules each time: whether the page is hydrated is the module's own state (testSetup marks it). */
async function freshHydration() {
  vi.resetModules();
  const [hydration, hook, store] = await Promise.all([
    import('./hydration'),
    import('./useIsHydrated'),
    import('./useStoreAfterHydration'),
  ]);
  return { ...hydration, ...hook, ...store };
}

const noChange = () => () => undefined;
let container: HTMLElement | undefined;
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
});

/** React commits a transition inside an awaited act(), as in deferredRegion.test. */
async function inAct(action: () => unknown) {
  await act(async () => {
    await action();
  });
}

/** Prerenders `page` as the server would, then hydrates that HTML with `clientPage`. */
async function hydrate(page: ReactNode, clientPage: ReactNode) {
  const element = document.body.appendChild(document.createElement('div'));
  container = element;
  element.innerHTML = renderToString(page);
  const onRecoverableError = vi.fn();
  await act(async () => {
    root = hydrateRoot(element, clientPage, { onRecoverableError });
    await Promise.resolve();
  });
  return { container: element, onRecoverableError };
}

describe('useIsHydrated', () => {
  it('is false while the page hydrates, and true once markHydrated is called', async () => {
    const { useIsHydrated, markHydrated } = await freshHydration();
    function Probe() {
      return <p>{useIsHydrated() ? 'live' : 'as prerendered'}</p>;
    }
    const { container: page, onRecoverableError } = await hydrate(<Probe />, <Probe />);
    expect(page.textContent).toBe('as prerendered');

    await inAct(markHydrated);
    expect(page.textContent).toBe('live');
    expect(onRecoverableError).not.toHaveBeenCalled();
  });

  it('is true from the first render of what mounts after the page is hydrated', async () => {
    const { useIsHydrated, markHydrated } = await freshHydration();
    markHydrated();
    const renders: boolean[] = [];
    function Probe() {
      const isHydrated = useIsHydrated();
      renders.push(isHydrated);
      return null;
    }
    container = document.body.appendChild(document.createElement('div'));
    const { createRoot } = await import('react-dom/client');
    root = createRoot(container);
    act(() => root?.render(<Probe />));

    expect(renders).toEqual([true]);
  });

  it('switches in a transition, so a part of the page still waiting for its code keeps its HTML', async () => {
    const { useIsHydrated, markHydrated } = await freshHydration();
    let arrive: () => void = () => undefined;
    const codeArrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    // On the server the region's code is there; in the browser it arrives later.
    function Region({ isServer }: { isServer: boolean }) {
      if (!isServer) use(codeArrived);
      return <p>Below the fold</p>;
    }
    function Page({ isServer }: { isServer: boolean }) {
      const isHydrated = useIsHydrated();
      return (
        <>
          <p>{isHydrated ? 'live' : 'as prerendered'}</p>
          {/* A new element each render, as a layout re-rendering its children gives. */}
          <Suspense fallback={null}>
            <Region isServer={isServer} />
          </Suspense>
        </>
      );
    }
    const { container: page, onRecoverableError } = await hydrate(
      <Page isServer />,
      <Page isServer={false} />,
    );

    await inAct(markHydrated);
    // A synchronous update would have thrown the region's HTML away (error 421) and left it blank.
    expect(page.textContent).toContain('Below the fold');

    await act(async () => {
      arrive();
      await codeArrived;
    });
    expect(page.textContent).toBe('liveBelow the fold');
    expect(onRecoverableError).not.toHaveBeenCalled();
  });
});

describe('useStoreAfterHydration', () => {
  it("reads the server's snapshot while hydrating and the browser's once the page is hydrated", async () => {
    const { useStoreAfterHydration, markHydrated } = await freshHydration();
    function SavedCount() {
      const count = useStoreAfterHydration(
        noChange,
        () => 3,
        () => 0,
      );
      return <p>{`${String(count)} saved`}</p>;
    }
    const { container: page, onRecoverableError } = await hydrate(<SavedCount />, <SavedCount />);
    expect(page.textContent).toBe('0 saved');

    await inAct(markHydrated);
    expect(page.textContent).toBe('3 saved');
    expect(onRecoverableError).not.toHaveBeenCalled();
  });
});
