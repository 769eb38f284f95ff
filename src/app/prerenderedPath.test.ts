import { prerenderedPath } from './prerenderedPath';

describe('prerenderedPath', () => {
  it.each([
    ['/', '', '/'],
    ['/news/koreas', '', '/news/koreas'],
    ['/news/koreas/', '', '/news/koreas'],
    ['/news/koreas/jikji', '?utm_source=newsletter', '/news/koreas/jikji'],
    ['/news/koreas', '?page=1', null],
    ['/news/koreas', '?page=2', '/news/koreas/page/2'],
    ['/news/koreas', '?page=2&utm_medium=email', '/news/koreas/page/2'],
    ['/news/koreas', '?page=two', null],
    ['/news/koreas', '?page=0', null],
  ])('maps %s%s to %s', (pathname, search, expected) => {
    expect(prerenderedPath(pathname, search)).toBe(expected);
  });
});
