import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { markHydrated } from './ui/hydration';

// Components render with createRoot, as the app does without prerendered HTML:
// the reader's stored state is read from the first render.
markHydrated();

afterEach(() => {
  cleanup();
});
