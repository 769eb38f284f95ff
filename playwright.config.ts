import { defineConfig, devices } from '@playwright/test';
import { chromeFlags, chromePath } from './tests/support/chromium.mjs';

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser)
 * against the production build (prerendered pages included) served by real
 * nginx with the production configuration in deploy/nginx/.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${String(port)}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromePath,
      args: chromeFlags,
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `bash tests/support/nginx.sh ${String(port)}`,
    url: `http://127.0.0.1:${String(port)}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
