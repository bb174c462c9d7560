/**
 * `npm start`: builds out/ when it is missing or older than any source, then serves it.
 * One command on a fresh clone, no other step.
 */
import { ensureBuilt, serveOut } from './start-helpers';

ensureBuilt();
const { server, origin } = await serveOut(Number(process.env.PORT ?? 3000), {
  host: process.env.HOST ?? null,
  log: process.env.SERVE_LOG === '1',
});
console.log(`Serving out/ at ${origin}`);
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
