import { installTrustedTypesPolicy, isAllowedHtml } from './trustedTypes';

describe('the default Trusted Types policy', () => {
  it.each([
    ['<script></script>', true],
    ['{"@context":"https://schema.org","headline":"a \\u003cb\\u003e b"}', true],
    ['[1,2]', true],
    ['<img src=x onerror=alert(1)>', false],
    ['"<img src=x onerror=alert(1)>"', false],
    ['<script>alert(1)</script>', false],
    ['plain words', false],
  ])('%s is allowed: %s', (html, allowed) => {
    expect(isAllowedHtml(html)).toBe(allowed);
  });

  it('creates the default policy where the browser has Trusted Types, and does nothing elsewhere', () => {
    const createPolicy = vi.fn();
    installTrustedTypesPolicy({ trustedTypes: { createPolicy } });
    expect(createPolicy).toHaveBeenCalledWith('default', expect.any(Object));
    const [, rules] = createPolicy.mock.calls[0] as [
      string,
      {
        createHTML: (html: string) => string | null;
        createScript: (script: string) => string | null;
        createScriptURL: (url: string) => string | null;
      },
    ];
    expect(rules.createHTML('<b>x</b>')).toBeNull();
    expect(rules.createHTML('<script></script>')).toBe('<script></script>');
    expect(rules.createScript('{"headline":"x"}')).toBe('{"headline":"x"}');
    expect(rules.createScript('alert(1)')).toBeNull();
    expect(rules.createScript('<script></script>')).toBeNull();
    // Search's worker, from its bundle at the root or under a base path; no other script.
    for (const worker of [
      'https://news.example/pagefind/recent/pagefind-worker.js',
      'https://news.example/broadsheet/pagefind/archive-2024/pagefind-worker.js',
    ]) {
      expect(rules.createScriptURL(worker)).toBe(worker);
    }
    for (const other of [
      'https://news.example/assets/index.js',
      'https://news.example/pagefind/recent/pagefind-worker.js?x=1',
      'data:text/javascript,alert(1)',
    ]) {
      expect(rules.createScriptURL(other)).toBeNull();
    }
    expect(() => {
      installTrustedTypesPolicy({});
    }).not.toThrow();
  });
});
