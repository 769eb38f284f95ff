import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

/** jsdom has no execCommand; this one records what was selected when 'copy' ran. */
function stubExecCommand(result: boolean | Error) {
  const copied: string[] = [];
  const execCommand = vi.fn(() => {
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement) {
      copied.push(active.value.slice(active.selectionStart, active.selectionEnd));
    }
    if (result instanceof Error) throw result;
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { execCommand, copied };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
  document.body.innerHTML = '';
});

describe('copyText', () => {
  it('writes the text with the Clipboard API when there is one', async () => {
    const writeText = stubClipboard(() => Promise.resolve());
    const { execCommand } = stubExecCommand(true);

    await expect(copyText('https://broadsheet.example/a')).resolves.toBe(true);

    expect(writeText).toHaveBeenCalledWith('https://broadsheet.example/a');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('copies the selected text with execCommand when the Clipboard API is missing', async () => {
    const { execCommand, copied } = stubExecCommand(true);

    await expect(copyText('https://broadsheet.example/a')).resolves.toBe(true);

    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toEqual(['https://broadsheet.example/a']);
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const { copied } = stubExecCommand(true);

    await expect(copyText('Quote')).resolves.toBe(true);

    expect(copied).toEqual(['Quote']);
  });

  it('resolves false when execCommand reports that nothing was copied', async () => {
    stubExecCommand(false);

    await expect(copyText('Quote')).resolves.toBe(false);
  });

  it('resolves false when execCommand throws', async () => {
    stubExecCommand(new Error('Not supported'));

    await expect(copyText('Quote')).resolves.toBe(false);
  });

  it('resolves false when neither way of copying exists', async () => {
    await expect(copyText('Quote')).resolves.toBe(false);
  });

  it('removes its temporary field and gives focus back to where it was', async () => {
    stubExecCommand(true);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();

    await copyText('Quote');

    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
