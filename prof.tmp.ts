import { chromium } from '@playwright/test';
import { createStaticServer } from './scripts/serve';
const server = createStaticServer('out');
await new Promise<void>((r) => server.listen(3998, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--ignore-gpu-blocklist',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
await page.goto('http://127.0.0.1:3998/');
await page.waitForSelector('[data-ready-at]');
if (process.env.HIDE_PANEL)
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-testid=panel]')!.style.visibility = 'hidden';
  });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const lat: number[] = [];
for (let i = 0; i < 12; i++) {
  const before = Number(await page.getAttribute('[data-testid=map]', 'data-idle-count'));
  const t0 = await page.evaluate(() => {
    const t = performance.now();
    document.querySelector<HTMLButtonElement>('[data-sector-toggle=textile]')!.click();
    return t;
  });
  await page.waitForFunction(
    (b) => Number(document.querySelector('[data-testid=map]')!.getAttribute('data-idle-count')) > b,
    before,
    { polling: 5 },
  );
  lat.push(Number(await page.getAttribute('[data-testid=map]', 'data-last-idle-at')) - t0);
}
const { profile } = await cdp.send('Profiler.stop');
console.log('latencies', lat.map(Math.round).join(' '));
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)}ms ${k}`)
    .join('\n'),
);
await browser.close();
server.close();
