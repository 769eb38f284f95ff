import { useLocation } from 'react-router';

/** Whether `path` is the page being shown: the whole path, as react-router's `NavLink` with `end` decides. */
export function useIsCurrentPath(path: string) {
  return useLocation().pathname.toLowerCase() === path.toLowerCase();
}
