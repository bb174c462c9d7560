/**
 * Playback under load: Play on a page, then each step's time from "show this year" to the map's idle with it drawn
 * (the `playback-step` performance measures of components/use-playback.ts), against the step's interval. A step
 * that takes longer than its interval would mean playback queues work faster than the map draws.
 *
 * Used by bench.ts (on the 10,000-report build); also runs alone: `npx tsx scripts/bench/playback.ts <origin>`.
 */
import { chromium, type Browser } from '@playwright/test';
import { PLAYBACK_INTERVAL_MS } from '../../lib/view/playback';
import { QUIET_OFFLINE_ARGS, requireChromium, SWIFTSHADER_ARGS } from '../find-browser';
import { stats, type Stats } from './setup';

export type PlaybackFigures = { steps: Stats; count: number; intervalMs: number };

export async function playbackSteps(browser: Browser, origin: string, steps = 12): Promise<PlaybackFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 120_000 });
  await page.getByTestId('play').click();
  await page.waitForFunction((wanted) => performance.getEntriesByName('playback-step').length >= wanted, steps, {
    timeout: 120_000,
    polling: 250,
  });
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('playback-step').map((entry) => entry.duration),
  );
  await context.close();
  return { steps: stats(durations), count: durations.length, intervalMs: PLAYBACK_INTERVAL_MS };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2];
  if (!origin) throw new Error('usage: tsx scripts/bench/playback.ts <origin>');
  const browser = await chromium.launch({
    executablePath: await requireChromium(),
    args: [...QUIET_OFFLINE_ARGS, ...SWIFTSHADER_ARGS],
  });
  const figures = await playbackSteps(browser, origin);
  console.log(
    `playback: ${figures.count} steps, p50 ${figures.steps.p50.toFixed(0)} ms, p95 ${figures.steps.p95.toFixed(0)} ms, max ${figures.steps.max.toFixed(0)} ms; interval ${figures.intervalMs} ms`,
  );
  await browser.close();
}
