import { defineConfig, devices } from '@playwright/test';
import { QUIET_OFFLINE_ARGS, requireChromium, SWIFTSHADER_ARGS } from './scripts/find-browser';

const executablePath = await requireChromium();

const PORT = Number(process.env.E2E_PORT ?? 3123);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: [...QUIET_OFFLINE_ARGS, ...SWIFTSHADER_ARGS] },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /no-webgl\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args: [...QUIET_OFFLINE_ARGS, '--disable-webgl', '--disable-3d-apis'] },
      },
    },
  ],
  webServer: {
    // Builds out/ when stale, then serves the production export (scripts/start.ts).
    command: `npx tsx scripts/start.ts`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    // A build takes 5–10 minutes on two shared cores, and out/ is rebuilt when it was built for another address.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
