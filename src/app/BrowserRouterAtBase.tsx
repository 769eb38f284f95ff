import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { basePath } from '@/lib/basePath';

/** The browser's router, below the site's base path (`/broadsheet/news` is the route `/news`). */
export function BrowserRouterAtBase({ children }: { children: ReactNode }) {
  return <BrowserRouter basename={basePath}>{children}</BrowserRouter>;
}
