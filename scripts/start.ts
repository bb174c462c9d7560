/**
 * `npm start`: builds out/ when it is missing or older than any source, then serves it.
 * One command on a fresh clone, no other step.
 */
import { spawnSync } from 'node:child_process';
import { createStaticServer } from './serve';
import { buildIsStale } from './start-helpers';

if (buildIsStale()) {
  console.log('out/ is missing or older than the sources: building…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const server = createStaticServer('out', { log: process.env.SERVE_LOG === '1' });
server.listen(port, process.env.HOST, () => {
  console.log(`Serving out/ at http://localhost:${port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
