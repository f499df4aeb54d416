import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/** Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

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
