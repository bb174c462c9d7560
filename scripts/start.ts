/**
 * `npm start`: builds out/ when it is missing, older than any source, or built for another address, then serves it.
 * One command on a fresh clone, no other step. The build's absolute links (canonical URLs, the sitemap, social
 * cards, citations, the printed page) name the address it serves, `http://localhost:<PORT>`, unless SITE_URL gives
 * the public one; BASE_PATH builds and serves the site under a sub-path.
 */
import { ensureBuilt, serveOut } from './start-helpers';
import { normalizeBasePath } from '../lib/view/base-path';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? null;
const basePath = normalizeBasePath(process.env.BASE_PATH);
const hostName =
  host === null || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
ensureBuilt(process.env.SITE_URL?.trim() || `http://${hostName}:${port}`);
const { server, origin } = await serveOut(port, { host, log: process.env.SERVE_LOG === '1', basePath });
console.log(`Serving out/ at ${origin}${basePath}/`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
