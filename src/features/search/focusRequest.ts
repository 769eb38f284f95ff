import { focusRequest } from './searchField';

/** Whether a navigation's state asks the search page to put the cursor in its field. */
export function isFocusRequest(state: unknown): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    Object.entries(focusRequest).every(([key, value]) => Reflect.get(state, key) === value)
  );
}
