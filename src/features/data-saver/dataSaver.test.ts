import { afterEach, describe, expect, it } from 'vitest';
import { applyDataSaver, BROWSER_SAVES_DATA_ATTRIBUTE, savesData } from './dataSaver';

const root = document.documentElement;

afterEach(() => {
  root.removeAttribute('data-save-data');
  root.removeAttribute(BROWSER_SAVES_DATA_ATTRIBUTE);
});

describe('savesData', () => {
  it.each([
    { choice: 'browser', doesBrowserAsk: true, expected: true },
    { choice: 'browser', doesBrowserAsk: false, expected: false },
    { choice: 'on', doesBrowserAsk: false, expected: true },
    { choice: 'on', doesBrowserAsk: true, expected: true },
    { choice: 'off', doesBrowserAsk: true, expected: false },
    { choice: 'off', doesBrowserAsk: false, expected: false },
  ] as const)(
    'is $expected for the choice $choice when the browser asks: $doesBrowserAsk',
    ({ choice, doesBrowserAsk, expected }) => {
      expect(savesData(choice, doesBrowserAsk)).toBe(expected);
    },
  );
});

describe('applyDataSaver', () => {
  it('follows the browser’s ask, as the pre-paint script recorded it, when the reader matches the browser', () => {
    root.setAttribute(BROWSER_SAVES_DATA_ATTRIBUTE, '');

    applyDataSaver('browser');

    expect(root).toHaveAttribute('data-save-data');
  });

  it('turns the data saver off when the reader says Off, whatever the browser asks', () => {
    root.setAttribute(BROWSER_SAVES_DATA_ATTRIBUTE, '');
    applyDataSaver('browser');

    applyDataSaver('off');

    expect(root).not.toHaveAttribute('data-save-data');
  });

  it('turns the data saver on when the reader says On', () => {
    applyDataSaver('on');

    expect(root).toHaveAttribute('data-save-data');
  });
});
