import { defineConfig, devices } from '@playwright/test';
import { chromeFlags, chromePath } from './tests/support/chromium.mjs';
import { SUB_PATH_SITE_URL, ports, variantsDir } from './tests/support/variants.mjs';

const desktop = { ...devices['Desktop Chrome'], channel: undefined };
const local = (port: number, pathPrefix = '/') => `http://127.0.0.1:${String(port)}${pathPrefix}`;
const variantTests = /sub-path\.spec\.ts/;
const subPath = new URL(SUB_PATH_SITE_URL).pathname;

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser)
 * against production builds (prerendered pages included) served by real
 * nginx with the configuration each build wrote for itself: dist/ at the
 * root, the same site under a sub-path, and a site whose content and
 * pictures come from a second server. E2E_PORT (default 4173) and the four
 * ports after it let two checkouts run their suites side by side.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  // A run on a loaded machine can miss a 5 s wait once in a few hundred tests: CI tries a
  // failed test once more and lists it as flaky (with the page it saw, tests/support/test.ts),
  // so a test that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    // page.route never sees what a service worker answers, and many specs route or abort
    // requests: the offline worker is blocked except where a spec asks for it
    // (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromePath,
      args: chromeFlags,
    },
  },
  projects: [
    { name: 'desktop', testIgnore: variantTests, use: { ...desktop, baseURL: local(ports.site) } },
    {
      name: 'sub-path',
      testMatch: variantTests,
      // Relative addresses (`news/koreas`) resolve below the prefix.
      use: { ...desktop, baseURL: local(ports.subPath, subPath) },
    },
  ],
  webServer: [
    {
      command: `bash tests/support/nginx.sh ${String(ports.site)}`,
      url: local(ports.site),
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/support/buildVariant.mjs sub-path && bash tests/support/nginx.sh ${String(ports.subPath)} ${variantsDir}sub-path`,
      url: local(ports.subPath, subPath),
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `node tests/support/buildVariant.mjs cross-origin && bash tests/support/nginx.sh ${String(ports.crossOriginSite)} ${variantsDir}cross-origin`,
      url: local(ports.crossOriginSite),
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // Waits for the cross-origin build above, whose content it serves.
      command: `until [ -f ${variantsDir}cross-origin/index.html ]; do sleep 1; done; bash tests/support/plainNginx.sh ${String(ports.contentServer)} ${variantsDir}cross-origin --cors`,
      url: `${local(ports.contentServer)}content/site.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: `bash tests/support/plainNginx.sh ${String(ports.headerless)} dist`,
      url: local(ports.headerless),
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
