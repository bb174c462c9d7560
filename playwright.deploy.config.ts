import { defineConfig, devices } from '@playwright/test';
import { QUIET_OFFLINE_ARGS, requireChromium, SWIFTSHADER_ARGS } from './scripts/find-browser';

// `npm run test:deploy` (scripts/test-deploy.ts): the smoke tests against a server it started (nginx with
// deploy/nginx.conf), at DEPLOY_ORIGIN, under BASE_PATH when set. No web server of Playwright's own.
const executablePath = await requireChromium();
const origin = process.env.DEPLOY_ORIGIN;
if (!origin) throw new Error('DEPLOY_ORIGIN is not set: run npm run test:deploy');

export default defineConfig({
  testDir: './e2e',
  testMatch: /deploy-smoke\.spec\.ts/,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    baseURL: origin,
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: [...QUIET_OFFLINE_ARGS, ...SWIFTSHADER_ARGS] },
  },
});
