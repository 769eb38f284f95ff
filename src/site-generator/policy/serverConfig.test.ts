// @vitest-environment node
import { nginxConfig, securityHeaders, staticHostHeaders } from './serverConfig';

const headerPolicy = "default-src 'self'; frame-ancestors 'none'";

describe('nginxConfig', () => {
  it('puts every location under the base path', () => {
    const config = nginxConfig({ base: '/broadsheet/', headerPolicy });
    const locations = [...config.matchAll(/^\s*location (?:[=^~]+ )?(\S+) \{/gm)].map(([, path]) => path);
    expect(locations).toEqual([
      '/broadsheet',
      '/broadsheet/',
      '/broadsheet/assets/',
      '/broadsheet/content/',
      '\\.(avif|webp)$',
      '/broadsheet/pagefind/',
      '\\.pf_(fragment|index|filter|meta)$',
      '/broadsheet/feeds/',
      '^/broadsheet/sitemap(s/[a-z0-9-]+)?\\.xml$',
      '/broadsheet/serviceWorker.js',
      '/broadsheet/404.html',
      '/broadsheet/410.html',
      '/broadsheet/_deploy/',
      '/broadsheet/_headers',
    ]);
    expect(config).toContain('error_page 404 /broadsheet/404.html;');
    expect(config).toContain('return 301 /broadsheet/;');
  });

  it('at the root, serves from / with no redirect', () => {
    const config = nginxConfig({ base: '/', headerPolicy });
    expect(config).toMatch(/^location \^~ \/ \{$/m);
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).not.toContain('return 301 /');
  });

  it.each(['/', '/broadsheet/'])(
    'under %s, moves a section’s /page/1 and ?page=1 to the section’s address for good',
    (base) => {
      const config = nginxConfig({ base, headerPolicy });
      expect(config).toContain(`rewrite ^(${base}.+)/page/1/?$ $1 permanent;`);
      expect(config).toMatch(/if \(\$arg_page = "1"\) \{\n\s+rewrite \^\(\.\+\?\)\/\?\$ \$1\? permanent;/);
    },
  );

  it('repeats every security header in each location, where add_header would otherwise drop them', () => {
    const config = nginxConfig({ base: '/', headerPolicy });
    const locationsWithHeaders = config.match(/add_header Cache-Control/g)?.length ?? 0;
    for (const [name, value] of securityHeaders(headerPolicy)) {
      expect(config.split(`add_header ${name} "${value}" always;`).length - 1, name).toBe(
        locationsWithHeaders,
      );
    }
    expect(locationsWithHeaders).toBe(11);
  });
});

describe('nginxConfig for past addresses', () => {
  it.each(['/', '/broadsheet/'])(
    'under %s, answers 410 with the withdrawn notice where a marker is, and follows the map of moved articles',
    (base) => {
      const config = nginxConfig({ base, headerPolicy });
      expect(config).toContain(`error_page 410 ${base}410.html;`);
      expect(config).toMatch(/if \(-f \$request_filename\/withdrawn\.txt\) \{\n\s+return 410;/);
      expect(config).toMatch(/if \(\$broadsheet_moved_to\) \{\n\s+return 301 \$broadsheet_moved_to;/);
    },
  );
});

describe('nginxConfig for the search index', () => {
  it('sends the search index as bytes, its content-named files cached for a year and the rest revalidated', () => {
    const config = nginxConfig({ base: '/broadsheet/', headerPolicy });
    const search = /location \^~ \/broadsheet\/pagefind\/ \{\n([\s\S]*?)\n {4}\}\n/.exec(config)?.[1] ?? '';
    expect(search).toContain('default_type application/octet-stream;');
    expect(search).toMatch(/^ {8}add_header Cache-Control "no-cache" always;$/m);
    expect(search).toMatch(
      /location ~ \\\.pf_\(fragment\|index\|filter\|meta\)\$ \{\n(?: {12}add_header .*\n)*? {12}add_header Cache-Control "public, max-age=31536000, immutable" always;/,
    );
    expect(search).not.toContain('gzip');
  });
});

describe('staticHostHeaders', () => {
  it('sets the policy on every page and caches hashed assets for a year, under the base path', () => {
    expect(staticHostHeaders({ base: '/news/', headerPolicy }).split('\n')).toEqual(
      expect.arrayContaining([
        '/news/*',
        `  Content-Security-Policy: ${headerPolicy}`,
        '/news/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
      ]),
    );
  });

  it('has the offline worker revalidated, never kept, at the base path', () => {
    const lines = staticHostHeaders({ base: '/news/', headerPolicy }).split('\n');
    expect(lines.slice(lines.indexOf('/news/serviceWorker.js'))).toEqual([
      '/news/serviceWorker.js',
      '  Cache-Control: no-cache',
      '',
    ]);
  });
});
