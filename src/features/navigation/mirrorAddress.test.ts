import { describe, expect, it } from 'vitest';
import { mirrorAddress } from './mirrorAddress';

describe('mirrorAddress', () => {
  it.each([
    ['https://mirror.example', '/news/koreas/x', 'https://mirror.example/news/koreas/x'],
    ['https://mirror.example/', '/', 'https://mirror.example/'],
    ['https://mirror.example/paper', '/about', 'https://mirror.example/paper/about'],
    [
      'https://mirror.example/paper/',
      '/news/koreas?page=2',
      'https://mirror.example/paper/news/koreas?page=2',
    ],
    ['https://mirror.example/paper', '/saved', 'https://mirror.example/paper/'],
    ['https://mirror.example', '/saved?from=menu', 'https://mirror.example/'],
    ['https://mirror.example', '/404', 'https://mirror.example/'],
    ['https://mirror.example', '/410', 'https://mirror.example/'],
  ])('on %s, %s is at %s', (mirror, sitePath, expected) => {
    expect(mirrorAddress(mirror, sitePath)).toBe(expected);
  });
});
