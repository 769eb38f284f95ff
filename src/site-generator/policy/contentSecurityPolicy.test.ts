// @vitest-environment node
import { createHash } from 'node:crypto';
import {
  contentOriginOf,
  contentSecurityPolicy,
  imageOriginProblems,
  inlineScriptsOf,
  withPolicyMeta,
} from './contentSecurityPolicy';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  const inputs = { inlineScripts: ['var a = 1;'], imageOrigins: [] };

  it('allows the site itself, and each inline script by its hash only', () => {
    const policy = directives(contentSecurityPolicy(inputs, 'header'));
    const hash = createHash('sha256').update('var a = 1;').digest('base64');
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'sha256-${hash}'`]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('require-trusted-types-for')).toEqual(["'script'"]);
    // The default policy, and the offline worker's, which passes its one address.
    expect(policy.get('trusted-types')).toEqual(['default', 'offline-worker']);
    // Workers come from the site alone: worker-src falls back to script-src.
    expect(policy.has('worker-src')).toBe(false);
    const unsafe = contentSecurityPolicy(inputs, 'header')
      .split(/[; ]+/)
      .filter((token) => token.includes('unsafe'));
    expect(unsafe).toEqual(["'wasm-unsafe-eval'"]);
  });

  it('lets search compile its WebAssembly, and nothing else run from a string, in the header and the meta policy', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const scripts = directives(contentSecurityPolicy(inputs, delivery)).get('script-src');
      expect(scripts).toContain("'wasm-unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-inline'");
    }
  });

  it('lets in the content server for data and pictures, and the declared image origins for pictures', () => {
    const policy = directives(
      contentSecurityPolicy(
        {
          ...inputs,
          contentOrigin: 'https://content.example.org',
          imageOrigins: ['https://images.example.org', 'https://content.example.org'],
        },
        'header',
      ),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://content.example.org']);
    expect(policy.get('img-src')).toEqual([
      "'self'",
      'data:',
      'https://content.example.org',
      'https://images.example.org',
    ]);
  });

  it('keeps frame-ancestors for the header: a meta policy cannot carry it', () => {
    expect(directives(contentSecurityPolicy(inputs, 'header')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy(inputs, 'meta')).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(inputs, 'header')).toBe(
      `${contentSecurityPolicy(inputs, 'meta')}; frame-ancestors 'none'`,
    );
  });
});

describe('inlineScriptsOf', () => {
  it('finds classic inline scripts, not modules with a src or JSON data', () => {
    const html = [
      '<script>one()</script>',
      '<script type="module" src="/assets/x.js"></script>',
      '<script type="application/json" id="state">{}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script>\n  two();\n</script>',
    ].join('');
    expect(inlineScriptsOf(html)).toEqual(['one()', '\n  two();\n']);
  });
});

describe('withPolicyMeta', () => {
  it('puts the policy straight after the charset, before any script', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <script>x()</script></head>';
    const withMeta = withPolicyMeta(html, "script-src 'self'");
    expect(withMeta.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      withMeta.indexOf('<script>'),
    );
    expect(withMeta).toContain(`content="script-src 'self'"`);
  });

  it('refuses a template with nowhere safe to put it', () => {
    expect(() => withPolicyMeta('<head><script>x()</script></head>', 'a')).toThrow(/charset/);
  });
});

describe('contentOriginOf', () => {
  it.each([
    [undefined, undefined],
    ['/content', undefined],
    ['https://content.example.org/v1', 'https://content.example.org'],
    ['http://127.0.0.1:4176/content', 'http://127.0.0.1:4176'],
  ])('%s gives %s', (base, origin) => {
    expect(contentOriginOf(base)).toBe(origin);
  });
});

describe('imageOriginProblems', () => {
  const image = (src: string, where = 'image') => ({
    label: 'articles/a.json',
    where,
    image: { src, width: 1, height: 1 },
  });
  const allowed = {
    siteUrl: 'https://news.example/broadsheet/',
    imageOrigins: ['https://images.example.org'],
    contentOrigin: 'https://content.example.org',
  };

  it('accepts files in the content folder and pictures on the site, the content server or a declared origin', () => {
    expect(
      imageOriginProblems(
        [
          image('images/a.jpg'),
          image('https://news.example/elsewhere/a.jpg'),
          image('https://content.example.org/v1/images/a.jpg'),
          image('https://images.example.org/a.jpg'),
        ],
        allowed,
      ),
    ).toEqual([]);
  });

  it('names the file, the field and the origin to declare for any other picture', () => {
    expect(imageOriginProblems([image('https://cdn.example.net/a.jpg', 'body[2]')], allowed)).toEqual([
      'articles/a.json: body[2].src: the image is on https://cdn.example.net, which site.json imageOrigins does not list, so browsers would refuse it; add "https://cdn.example.net" to imageOrigins',
    ]);
  });
});
