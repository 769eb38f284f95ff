import { describe, expect, it } from 'vitest';
import { isContentRelativePath, isWebAddress } from './addresses';

describe('isWebAddress', () => {
  it.each(['https://news.example', 'http://news.example/path?q=1', 'https://xn--bcher-kva.example'])(
    'accepts %s',
    (value) => {
      expect(isWebAddress(value)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'mailto:desk@news.example',
    'ftp://news.example',
    'https://',
    'https:///path',
    'https://user:secret@news.example',
    '//news.example',
    'news.example',
    'https:\\\\news.example',
  ])('refuses %s', (value) => {
    expect(isWebAddress(value)).toBe(false);
  });
});

describe('isContentRelativePath', () => {
  it.each(['images/harbour.jpg', 'harbour.jpg', 'images/maps/dmz.svg?v=2', 'images/my%20photo.jpg'])(
    'accepts %s',
    (value) => {
      expect(isContentRelativePath(value)).toBe(true);
    },
  );

  it.each([
    '../outside.jpg',
    'images/../../outside.jpg',
    'images/%2e%2e/%2E%2E/outside.jpg',
    'images/.%2e/x.jpg',
    './images/x.jpg',
    'images/%2F..%2Fx.jpg',
    'images\\..\\x.jpg',
    '/content/images/x.jpg',
    'https://cdn.example/x.jpg',
    'data:image/png;base64,AAAA',
    'images/%zz.jpg',
    '',
  ])('refuses %s', (value) => {
    expect(isContentRelativePath(value)).toBe(false);
  });
});
