/**
 * The static server for the exported site in out/ (`npm start`, `npm run serve`, the tests and benchmarks).
 *
 * The file serving itself is `send` (the module behind Express's static files): conditional requests (ETag and
 * If-None-Match lists, weak tags and `*`, If-Modified-Since), byte ranges, HEAD, and stream errors reported as events
 * rather than thrown. Around it, only what the site promises: our headers (a Content-Security-Policy allowing only
 * our origin, no referrer, CORS on the downloads in /data/), `x.html` for `/x`, `404.html` with status 404, a year's
 * cache for content-hashed files, the precompressed `.br`/`.gz` siblings the build writes (scripts/precompress.ts),
 * never a file outside the root (symbolic links included), and a status for every failure instead of an exit, so it
 * keeps serving while out/ is rebuilt under it.
 *
 * Usage: npm run serve [dir]   (PORT overrides 3000, HOST overrides all interfaces, BASE_PATH serves it under a
 * sub-path as a build with the same BASE_PATH expects)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import send from 'send';
import { normalizeBasePath, stripBasePath } from '../lib/view/base-path';

export const MIME_TYPES: Record<string, string> = {
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
  '.md': 'text/markdown; charset=utf-8',
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

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** Text types the build precompresses (scripts/precompress.ts) and the server offers as .br or .gz. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.csv',
  '.txt',
  '.md',
  '.xml',
  '.svg',
  '.map',
  '.pbf',
  '.webmanifest',
  '.bib',
  '.ris',
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

export const SECURITY_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Files smaller than this are not precompressed: the encoding would cost more than it saves. */
export const PRECOMPRESS_MIN_BYTES = 512;

/**
 * The path's segments, decoded, or null when the path could name something other than what it spells: a segment
 * that is `.` or `..` once decoded (`/assets/..%2Findex.html`), holds a slash, a backslash or a NUL, or cannot be
 * decoded. What is left maps one to one onto a file below the root, so the URL says which file is served.
 */
export function pathSegments(urlPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

export type ResolvedFile = { file: string; relative: string };

/** The real path of a regular file, when it lies inside the real root (a link out of the root counts as missing). */
async function fileInside(realRoot: string, candidate: string): Promise<string | null> {
  try {
    const real = await fs.realpath(candidate);
    if (!real.startsWith(realRoot + path.sep)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Maps a URL path to a file inside root, or null. `/x` prefers `x.html` (Next writes both `x.html` and `x/`). */
export async function resolveFile(root: string, urlPath: string): Promise<ResolvedFile | null> {
  const segments = pathSegments(urlPath);
  if (segments === null) return null;
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch {
    return null;
  }
  const joined = path.join(realRoot, ...segments);
  const candidates =
    segments.length === 0
      ? [path.join(realRoot, 'index.html')]
      : [`${joined}.html`, joined, path.join(joined, 'index.html')];
  for (const candidate of candidates) {
    const file = await fileInside(realRoot, candidate);
    if (file) return { file, relative: path.relative(realRoot, file).split(path.sep).join('/') };
  }
  return null;
}

/** The precompressed sibling to send for this request, if the build wrote one and the client takes it. */
async function encodedSibling(
  file: string,
  acceptEncoding: string,
): Promise<{ file: string; encoding: 'br' | 'gzip' } | null> {
  const offers: { suffix: string; encoding: 'br' | 'gzip' }[] = [];
  if (/\bbr\b/.test(acceptEncoding)) offers.push({ suffix: '.br', encoding: 'br' });
  if (/\bgzip\b/.test(acceptEncoding)) offers.push({ suffix: '.gz', encoding: 'gzip' });
  for (const { suffix, encoding } of offers) {
    try {
      const stat = await fs.stat(file + suffix);
      if (stat.isFile()) return { file: file + suffix, encoding };
    } catch {
      // not precompressed: try the next encoding, or send the file as it is
    }
  }
  return null;
}

function setOurHeaders(res: ServerResponse, urlPath: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  // The dataset's files may be fetched by other sites' code (issue: reuse in other tools).
  if (urlPath.startsWith('/data/')) res.setHeader('Access-Control-Allow-Origin', '*');
}

function plainAnswer(req: IncomingMessage, res: ServerResponse, status: number, text: string) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : `${text}\n`);
}

/** `404.html` with status 404; a plain answer when it cannot be read (out/ being rebuilt). */
async function notFound(root: string, req: IncomingMessage, res: ServerResponse) {
  const page = await resolveFile(root, '/404.html');
  let body: Buffer | null = null;
  if (page) body = await fs.readFile(page.file).catch(() => null);
  if (!body) return plainAnswer(req, res, 404, 'Not found');
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Pipes the file through `send`; every failure it reports becomes a status, never an exception. */
function sendFile(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  headers: Record<string, string>,
): Promise<void> {
  return new Promise((resolve) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // `send` takes a URL-encoded path; the file's own path, encoded segment by segment, under the filesystem root.
    const encoded = file.split(path.sep).map(encodeURIComponent).join('/');
    send(req, encoded, { etag: true, lastModified: true, cacheControl: false, dotfiles: 'allow', index: false })
      .on('error', (error: { status?: number }) => {
        // The file vanished or broke between lookup and read (out/ being rebuilt): answer, keep serving.
        if (error.status === 404) void notFound(root, req, res).finally(resolve);
        else {
          plainAnswer(req, res, error.status ?? 500, 'Could not read the file');
          resolve();
        }
      })
      .on('end', () => resolve())
      .pipe(res);
    res.on('close', () => resolve());
  });
}

async function handle(root: string, basePath: string, req: IncomingMessage, res: ServerResponse): Promise<number> {
  let servedPath = '/';
  try {
    servedPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    // an unparsable target is answered as the home page would be: a 404 below if it names nothing
  }
  // Under a base path (a build with BASE_PATH) only addresses below it name files; anything else is the 404 page.
  const urlPath = stripBasePath(servedPath, basePath);
  setOurHeaders(res, urlPath ?? servedPath);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return 405;
  }
  const found = urlPath === null ? null : await resolveFile(root, urlPath);
  if (!found) {
    await notFound(root, req, res);
    return 404;
  }
  const extension = path.extname(found.file).toLowerCase();
  // Next's own chunks and our shared data files (lib/data/assets.ts) are named by their content. The file's own
  // path decides, never the URL's spelling.
  const hashed = found.relative.startsWith('_next/static/') || found.relative.startsWith('assets/');
  // The feeds are XML of a kind readers and validators recognise by its own type.
  const type = path.basename(found.file) === 'feed.xml' ? ATOM_TYPE : MIME_TYPES[extension];
  const headers: Record<string, string> = {
    'Content-Type': type ?? 'application/octet-stream',
    'Cache-Control': hashed ? IMMUTABLE : REVALIDATE,
  };
  let file = found.file;
  if (COMPRESSIBLE.has(extension)) {
    headers.Vary = 'Accept-Encoding';
    const sibling = await encodedSibling(found.file, String(req.headers['accept-encoding'] ?? ''));
    if (sibling) {
      file = sibling.file;
      headers['Content-Encoding'] = sibling.encoding;
    }
  }
  await sendFile(root, req, res, file, headers);
  return res.statusCode;
}

/** `basePath` (`/nk-workers`) serves the directory under that sub-path, as a build with the same BASE_PATH expects. */
export function createStaticServer(
  rootDir: string,
  { log = false, basePath = '' }: { log?: boolean; basePath?: string } = {},
): Server {
  const root = path.resolve(rootDir);
  const base = normalizeBasePath(basePath);
  return createServer((req, res) => {
    const started = Date.now();
    handle(root, base, req, res)
      .then((status) => {
        if (log) console.log(`${status} ${req.method} ${req.url} ${Date.now() - started}ms`);
      })
      .catch((error: unknown) => {
        console.error(`500 ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
        plainAnswer(req, res, 500, 'Internal error');
      });
  });
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] ?? 'out';
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST;
  const basePath = normalizeBasePath(process.env.BASE_PATH);
  const server = createStaticServer(dir, { log: process.env.SERVE_LOG === '1', basePath });
  server.listen(port, host, () => {
    console.log(`Serving ${path.resolve(dir)} at http://localhost:${port}${basePath}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
