import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

type LinkProps = Omit<ComponentPropsWithRef<'a'>, 'href'> & {
  to: To;
  replace?: boolean;
  state?: unknown;
};

/**
 * An in-app link: a plain `<a href>` that the router takes over on a plain
 * click. Built from react-router's own hooks rather than its `Link`, which
 * also carries framework-mode prefetching this app never uses (about 2 KB
 * gzip of the entry). Prefetching here is the app's own (`usePrefetchOnIntent`).
 */
export function Link({ to, replace, state, target, onClick, children, ...anchorProps }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { replace, state, target });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return (
    <a {...anchorProps} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  );
}
