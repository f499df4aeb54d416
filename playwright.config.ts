import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './e2e/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  // A safety net, not a speed check: in `npm test` the unit suite runs beside this one on two
  // cores, and a test that checks many pages with axe takes a while on a busy machine.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: { baseURL: `http://localhost:${port}`, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', launchOptions },
  projects: [
    { name: 'with-js', use: { javaScriptEnabled: true } },
    // The key journeys once more with JavaScript off: every page must work without it.
    { name: 'without-js', grep: /@journey/, use: { javaScriptEnabled: false } },
  ],
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { E2E_PORT: String(port), E2E_MAIL_PORT: String(port + 1) },
  },
});
