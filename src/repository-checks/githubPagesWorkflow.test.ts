// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The workflow publishers copy into .github/workflows: it cannot run here, so
// these checks hold it to what the build and the package really offer.
const workflow = readFileSync(new URL('../../deploy/github-pages/publish.yml', import.meta.url), 'utf8');
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

describe('the GitHub Pages workflow', () => {
  it('builds for the address GitHub gives the site, sub-path included', () => {
    expect(workflow).toMatch(/- id: pages\n\s+uses: actions\/configure-pages@v\d+/);
    expect(workflow).toMatch(
      /run: npm run build\n\s+env:\n\s+BROADSHEET_SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\/\n/,
    );
  });

  it('publishes the folder the build writes', () => {
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
  });

  it('runs only scripts the package has, on a Node version it supports, without downloading a browser', () => {
    const scripts = [...workflow.matchAll(/run: npm run ([\w:-]+)/g)].map(([, name]) => name ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(Object.keys(packageJson.scripts)).toContain(script);
    const nodeVersion = Number(/node-version: (\d+)/.exec(workflow)?.[1]);
    const minimum = Number(/>=\s*(\d+)/.exec(packageJson.engines.node)?.[1]);
    expect(nodeVersion).toBeGreaterThanOrEqual(minimum);
    expect(workflow).toMatch(/run: npm ci\n\s+env:\n\s+PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'/);
  });
});
