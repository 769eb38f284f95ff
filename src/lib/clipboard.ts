/**
 * Puts text on the clipboard. Resolves true when it got there, false when the
 * reader will have to copy it by hand. Call it from a click or key handler:
 * browsers only allow copying in response to the reader.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Outside a secure context navigator.clipboard is missing, so this throws
    // and lands in the same catch as a refused permission.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

/** The pre-Clipboard-API way: select the text in a hidden field and ask the document to copy. */
function copyWithSelection(text: string): boolean {
  const previousFocus = document.activeElement;
  const selection = document.getSelection();
  const previousRanges = selection
    ? Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index))
    : [];

  const field = document.createElement('textarea');
  field.value = text;
  // Read-only keeps the on-screen keyboard from opening on phones.
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  Object.assign(field.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  document.body.append(field);

  let isCopied: boolean;
  try {
    field.focus({ preventScroll: true });
    field.select();
    // iOS Safari ignores select() on read-only fields without an explicit range.
    field.setSelectionRange(0, text.length);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to copy outside a secure context
    isCopied = document.execCommand('copy');
  } catch {
    isCopied = false;
  } finally {
    field.remove();
    if (previousFocus instanceof HTMLElement || previousFocus instanceof SVGElement) {
      previousFocus.focus({ preventScroll: true });
    }
    if (selection && previousRanges.length > 0) {
      selection.removeAllRanges();
      previousRanges.forEach((range) => {
        selection.addRange(range);
      });
    }
  }
  return isCopied;
}
