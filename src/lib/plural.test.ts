import { describe, expect, it } from 'vitest';
import { formatCount } from './plural';

const article = { one: 'article', other: 'articles' };

describe('formatCount', () => {
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [5, '5 articles'],
  ])('writes %i as %j', (count, expected) => {
    expect(formatCount(count, article, 'en-GB')).toBe(expected);
  });

  it('writes the number the way the site’s locale does', () => {
    expect(formatCount(1234, article, 'de-DE')).toBe('1.234 articles');
  });

  it.each(['ko-KR', 'fr-FR'])('chooses the English noun’s form by English rules on a %s site', (locale) => {
    expect(formatCount(1, article, locale)).toBe('1 article');
    expect(formatCount(0, article, locale)).toBe('0 articles');
  });
});
