/**
 * A small static file server for the exported site in out/.
 *
 * Why our own: the site must make zero third-party requests, and the server is where we can promise that
 * (a Content-Security-Policy allowing only our origin) together with the behaviour a static host gives:
 * `x.html` for `/x`, `404.html` with status 404, gzip, ETags, long cache lifetimes for hashed assets.
 *
 * Usage: npm run serve [dir]   (PORT overrides 3000, HOST overrides all interfaces)
 */
import { createServer, type Server } from 'node:http';
import type { Stats } from 'node:fs';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.csv',
  '.txt',
  '.xml',
  '.svg',
  '.map',
  '.pbf',
  '.webmanifest',
]);

/** Only our own origin: this is the privacy promise of the app, enforced by the browser. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Next's static export inlines its bootstrap and RSC payload as inline scripts.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

async function statFile(file: string): Promise<Stats | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * Maps a URL path to a file inside root, or null. `/x` prefers `x.html` (Next writes both `x.html` and `x/`).
 */
export type ResolvedFile = { file: string; stat: Stats };

export async function resolveFile(root: string, urlPath: string): Promise<ResolvedFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  const absolute = path.resolve(root, relative);
  if (absolute !== root && !absolute.startsWith(root + path.sep)) return null;

  const trimmed = absolute.replace(/[\\/]+$/, '');
  const candidates =
    relative === ''
      ? [path.join(root, 'index.html')]
      : [`${trimmed}.html`, absolute, path.join(absolute, 'index.html')];
  for (const candidate of candidates) {
    const stat = await statFile(candidate);
    if (stat) return { file: candidate, stat };
  }
  return null;
}

function etagOf(stat: Stats): string {
  return `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

/** Compressed bodies, keyed by file and version, so repeated requests cost no CPU. */
const gzipCache = new Map<string, Buffer>();

async function gzipped(file: string, etag: string): Promise<Buffer> {
  const key = `${file}|${etag}`;
  const hit = gzipCache.get(key);
  if (hit) return hit;
  const body = gzipSync(await fs.readFile(file), { level: 9 });
  gzipCache.set(key, body);
  return body;
}

export function createStaticServer(rootDir: string, { log = false }: { log?: boolean } = {}): Server {
  const root = path.resolve(rootDir);

  return createServer(async (req, res) => {
    const started = Date.now();
    const finish = (status: number) => {
      if (log) console.log(`${status} ${req.method} ${req.url} ${Date.now() - started}ms`);
    };
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return finish(405);
    }

    let urlPath: string;
    try {
      urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      urlPath = '/';
    }

    let found: ResolvedFile | null = await resolveFile(root, urlPath);
    let status = 200;
    if (!found) {
      status = 404;
      const notFound = path.join(root, '404.html');
      const stat = await statFile(notFound);
      if (!stat) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
        return finish(404);
      }
      found = { file: notFound, stat };
    }

    const { file, stat } = found;
    const extension = path.extname(file).toLowerCase();
    const etag = etagOf(stat);
    // Next's own chunks and our shared data files (lib/data/assets.ts) are named by their content.
    const hashed = urlPath.startsWith('/_next/static/') || urlPath.startsWith('/assets/');
    res.setHeader('Content-Type', MIME_TYPES[extension] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', status === 404 ? 'no-store' : hashed ? IMMUTABLE : REVALIDATE);
    res.setHeader('ETag', etag);

    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return finish(304);
    }

    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(extension)) res.setHeader('Vary', 'Accept-Encoding');
    if (acceptsGzip && COMPRESSIBLE.has(extension) && stat.size > 512) {
      const body = await gzipped(file, etag);
      res.writeHead(status, { 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return finish(status);
    }

    res.writeHead(status, { 'Content-Length': stat.size });
    if (req.method === 'HEAD') {
      res.end();
      return finish(status);
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
      .on('finish', () => finish(status));
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] ?? 'out';
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST;
  const server = createStaticServer(dir, { log: process.env.SERVE_LOG === '1' });
  server.listen(port, host, () => {
    console.log(`Serving ${path.resolve(dir)} at http://localhost:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
