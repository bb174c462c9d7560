import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { brotliDecompressSync } from 'node:zlib';
import { precompress } from './precompress';
import { createStaticServer, pathSegments } from './serve';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
  mkdirSync(path.join(root, 'regions', 'dandong'), { recursive: true });
  mkdirSync(path.join(root, '_next', 'static', 'chunks'), { recursive: true });
  mkdirSync(path.join(root, 'glyphs', 'Noto Sans Regular'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>');
  writeFileSync(path.join(root, 'regions', 'dandong.html'), '<h1>dandong</h1>');
  writeFileSync(path.join(root, 'regions', 'dandong', 'ignored.txt'), 'x');
  writeFileSync(path.join(root, '_next', 'static', 'chunks', 'app-1a2b.js'), `console.log(${'"x",'.repeat(400)}1);`);
  writeFileSync(path.join(root, 'glyphs', 'Noto Sans Regular', '0-255.pbf'), Buffer.from([1, 2, 3]));
  writeFileSync(path.join(root, 'data.geojson'), '{"type":"FeatureCollection","features":[]}');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, 'data'), { recursive: true });
  writeFileSync(path.join(root, 'data', 'reports.csv'), 'id,summary\n' + 'a,b\n'.repeat(400));
  writeFileSync(path.join(tmpdir(), 'outside-root.txt'), 'secret');
  symlinkSync(path.join(tmpdir(), 'outside-root.txt'), path.join(root, 'link-out.txt'));
  symlinkSync(tmpdir(), path.join(root, 'dir-link-out'));
  await precompress(root);
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A request whose body is not decoded (fetch would gunzip it and drop Content-Encoding). */
async function raw(url: string, headers: Record<string, string>): Promise<RawResponse> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('static server', () => {
  it('serves index.html for / with security headers', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toBe('<h1>home</h1>');
  });

  it('prefers x.html for /x over the x/ folder', async () => {
    const response = await fetch(`${base}/regions/dandong`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>dandong</h1>');
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const response = await fetch(`${base}/regions/atlantis`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>not found</h1>');
  });

  it('caches hashed assets for a year and revalidates pages', async () => {
    const asset = await fetch(`${base}/_next/static/chunks/app-1a2b.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const page = await fetch(`${base}/`);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('gives the right MIME types for map data', async () => {
    const glyphs = await fetch(`${base}/glyphs/Noto%20Sans%20Regular/0-255.pbf`);
    expect(glyphs.status).toBe(200);
    expect(glyphs.headers.get('content-type')).toBe('application/x-protobuf');
    const geojson = await fetch(`${base}/data.geojson`);
    expect(geojson.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
  });

  it('sends the precompressed sibling the client accepts (br before gzip), and the file itself otherwise', async () => {
    const url = `${base}/_next/static/chunks/app-1a2b.js`;
    const gz = await raw(url, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).toString()).toContain('console.log');
    const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('console.log');
    const plain = await raw(url, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('console.log');
  });

  it('answers 304 to a matching ETag, in a list, weak or *, and 200 to a stale one', async () => {
    const url = `${base}/_next/static/chunks/app-1a2b.js`;
    const first = await raw(url, {});
    const etag = String(first.headers.etag);
    expect(etag).not.toBe('undefined');
    for (const header of [etag, `"stale", ${etag}`, etag.replace(/^W\//, ''), '*']) {
      const again = await raw(url, { 'if-none-match': header });
      expect(again.status, header).toBe(304);
    }
    expect((await raw(url, { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('answers byte ranges (downloads resume), and 416 past the end', async () => {
    const url = `${base}/data/reports.csv`;
    const whole = (await raw(url, {})).body;
    const part = await raw(url, { range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${whole.length}`);
    expect(part.body.equals(whole.subarray(10, 20))).toBe(true);
    const tail = await raw(url, { range: 'bytes=-5' });
    expect(tail.body.equals(whole.subarray(whole.length - 5))).toBe(true);
    expect((await raw(url, { range: `bytes=${whole.length + 10}-` })).status).toBe(416);
  });

  it('lets other sites fetch the downloads (CORS on /data/ only)', async () => {
    expect((await fetch(`${base}/data/reports.csv`)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${base}/`)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never gives a page the immutable cache of hashed assets through an encoded ..', async () => {
    const response = await fetch(`${base}/assets/..%2Findex.html`);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).not.toContain('immutable');
    expect(pathSegments('/assets/..%2Findex.html')).toBeNull();
    expect(pathSegments('/glyphs/Noto%20Sans%20Regular/0-255.pbf')).toEqual([
      'glyphs',
      'Noto Sans Regular',
      '0-255.pbf',
    ]);
  });

  it('never follows a symbolic link out of its root', async () => {
    for (const attempt of ['/link-out.txt', '/dir-link-out/outside-root.txt']) {
      const response = await fetch(`${base}${attempt}`);
      expect(response.status, attempt).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('never serves files outside its root', async () => {
    for (const attempt of ['/../outside-root.txt', '/%2e%2e/outside-root.txt', '/..%2foutside-root.txt', '/%00']) {
      const response = await fetch(`${base}${attempt}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('keeps serving while its files are replaced and deleted under load (out/ being rebuilt)', async () => {
    const big = path.join(root, 'assets', 'big.json');
    const page = path.join(root, 'regions', 'dandong.html');
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('unhandledRejection', onError);
    process.on('uncaughtException', onError);
    let rebuilding = true;
    // A rebuild: files vanish and come back with new sizes (new ETags, so nothing is served from a cache).
    const rebuild = (async () => {
      for (let round = 0; rebuilding; round += 1) {
        rmSync(big, { force: true });
        rmSync(page, { force: true });
        await new Promise((resolve) => setImmediate(resolve));
        writeFileSync(big, 'x'.repeat(200_000 + round));
        writeFileSync(page, `<h1>dandong</h1>${' '.repeat(600 + round)}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    try {
      const outcomes: (number | string)[] = [];
      const client = async (index: number) => {
        for (let request = 0; request < 25; request += 1) {
          const target = (index + request) % 2 ? '/assets/big.json' : '/regions/dandong';
          outcomes.push(
            await raw(`${base}${target}`, { 'accept-encoding': request % 3 ? 'gzip' : '' }).then(
              (response) => response.status,
              () => 'reset',
            ),
          );
        }
      };
      await Promise.all(Array.from({ length: 16 }, (_, index) => client(index)));
      for (const outcome of outcomes) expect([200, 404, 'reset']).toContain(outcome);
    } finally {
      rebuilding = false;
      await rebuild;
      process.off('unhandledRejection', onError);
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    const after = await fetch(`${base}/regions/dandong`);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('<h1>dandong</h1>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${base}/`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('under a base path (a build with BASE_PATH)', () => {
  it('serves the directory below the base path only, with the same headers, 404 page and CORS', async () => {
    const sub = createStaticServer(root, { basePath: '/nk-workers/' });
    await new Promise<void>((resolve) => sub.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(sub.address() as AddressInfo).port}`;
    try {
      for (const [url, status, body] of [
        ['/nk-workers/', 200, 'home'],
        ['/nk-workers', 200, 'home'],
        ['/nk-workers/regions/dandong', 200, 'dandong'],
        ['/regions/dandong', 404, 'not found'],
        ['/nk-workersx/regions/dandong', 404, 'not found'],
        ['/nk-workers/regions/atlantis', 404, 'not found'],
      ] as const) {
        const response = await fetch(`${origin}${url}`);
        expect(response.status, url).toBe(status);
        expect(await response.text(), url).toContain(body);
        expect(response.headers.get('referrer-policy'), url).toBe('no-referrer');
      }
      const data = await fetch(`${origin}/nk-workers/data/reports.csv`);
      expect(data.headers.get('access-control-allow-origin')).toBe('*');
      const hashed = await fetch(`${origin}/nk-workers/_next/static/chunks/app-1a2b.js`);
      expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    } finally {
      await new Promise((resolve) => sub.close(resolve));
    }
  });
});
