import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createStaticServer } from './serve';

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
  writeFileSync(path.join(tmpdir(), 'outside-root.txt'), 'secret');
  server = createStaticServer(root);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

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

  it('gzips text when asked and answers 304 to a matching ETag', async () => {
    const url = `${base}/_next/static/chunks/app-1a2b.js`;
    const { request } = await import('node:http');
    const raw = await new Promise<{ status: number; encoding?: string; etag?: string; body: Buffer }>(
      (resolve, reject) => {
        request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              encoding: res.headers['content-encoding'],
              etag: res.headers.etag,
              body: Buffer.concat(chunks),
            }),
          );
        })
          .on('error', reject)
          .end();
      },
    );
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('console.log');
    const again = await fetch(url, { headers: { 'if-none-match': raw.etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('never serves files outside its root', async () => {
    for (const attempt of ['/../outside-root.txt', '/%2e%2e/outside-root.txt', '/..%2foutside-root.txt', '/%00']) {
      const response = await fetch(`${base}${attempt}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${base}/`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
