import { afterEach, describe, expect, it } from 'vitest';
import { shortcutKeyOf } from './shortcutKey';

/** A keydown as the document sees it, dispatched from `target`. */
function keydown(key: string, target: Element = document.body, init: KeyboardEventInit = {}): KeyboardEvent {
  let seen: KeyboardEvent | undefined;
  const listener = (event: KeyboardEvent) => {
    seen = event;
  };
  document.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  document.removeEventListener('keydown', listener);
  if (!seen) throw new Error('no keydown reached the document');
  return seen;
}

function place(html: string): HTMLElement {
  document.body.innerHTML = html;
  const target = document.querySelector<HTMLElement>('#target');
  if (!target) throw new Error('no #target');
  return target;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('shortcutKeyOf', () => {
  it.each(['j', 'k', 'o', 's', '/', '?'])('answers %s on the page', (key) => {
    expect(shortcutKeyOf(keydown(key), true)).toBe(key);
  });

  it.each(['a', 'J', 'Enter', 'Escape'])('leaves %s alone', (key) => {
    expect(shortcutKeyOf(keydown(key), true)).toBeNull();
  });

  it.each([
    ['an input', '<input id="target" />'],
    ['a search field', '<input id="target" type="search" />'],
    ['a textarea', '<textarea id="target"></textarea>'],
    ['a select', '<select id="target"><option>One</option></select>'],
    ['an editable element', '<div contenteditable="true"><p id="target">Text</p></div>'],
  ])('leaves keys typed in %s to the field', (_, html) => {
    const field = place(html);

    for (const key of ['j', 's', '?', '/']) expect(shortcutKeyOf(keydown(key, field), true)).toBeNull();
  });

  it.each([{ ctrlKey: true }, { altKey: true }, { metaKey: true }])(
    'leaves a chord with %o to the browser',
    (modifier) => {
      expect(shortcutKeyOf(keydown('s', document.body, modifier), true)).toBeNull();
    },
  );

  it('answers nothing when the reader has switched shortcuts off', () => {
    for (const key of ['j', 'k', 'o', 's', '/', '?']) expect(shortcutKeyOf(keydown(key), false)).toBeNull();
  });

  it.each([
    ['a dialog', '<dialog open><button id="target">Close</button></dialog>'],
    ['a menu', '<details open><summary>Display</summary></details><a id="target" href="/">Story</a>'],
  ])('answers nothing while %s is open', (_, html) => {
    const target = place(html);

    expect(shortcutKeyOf(keydown('j', target), true)).toBeNull();
  });

  it('answers nothing for a key an input method is composing', () => {
    expect(shortcutKeyOf(keydown('s', document.body, { isComposing: true }), true)).toBeNull();
  });
});
