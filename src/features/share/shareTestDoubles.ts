/**
 * Test doubles for the browser APIs jsdom lacks (Web Share, execCommand) or
 * fakes (user-event installs its own clipboard in setup(), so stub after it).
 * Used only by tests.
 */
import { vi } from 'vitest';

export function stubClipboard(outcome: 'resolves' | 'rejects' | 'missing') {
  const writeText = vi.fn((text: string) =>
    outcome === 'resolves' ? Promise.resolve() : Promise.reject(new Error(`Refused to copy ${text}`)),
  );
  const value = outcome === 'missing' ? undefined : { writeText };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return writeText;
}

/** Without the Clipboard API, copying falls back to execCommand, which reports `result`. */
export function stubExecCommand(result: boolean) {
  const execCommand = vi.fn(() => result);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

export function stubShare(share: (data: ShareData) => Promise<void> = () => Promise.resolve()) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, 'share', { value: spy, configurable: true });
  return spy;
}

export function removeBrowserStubs() {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(document, 'execCommand');
}
