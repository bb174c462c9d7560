/**
 * `npm run test:deploy`: the shipped nginx configuration (deploy/nginx.conf) serving out/ with Debian's nginx,
 * and the smoke tests (e2e/deploy-smoke.spec.ts) against it, twice: the site at the root, then a build with
 * BASE_PATH=/nk-workers served under that sub-path. Each run builds out/ for nginx's address when needed (so it
 * leaves out/ built for the sub-path; `npm start` rebuilds it for its own address).
 *
 * The configuration is used as shipped except for three lines a host changes too: the port (`listen`, on
 * 127.0.0.1 only), the root folder and `$base_path`. nginx runs as this user in a scratch folder.
 *
 * Usage: npm run test:deploy   (NGINX overrides /usr/sbin/nginx, DEPLOY_PORT overrides 3190)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { ensureBuilt } from './start-helpers';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const PORT = Number(process.env.DEPLOY_PORT ?? 3190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SCRATCH = path.resolve('.deploy-test');

if (!existsSync(NGINX)) {
  console.error(`test:deploy needs nginx at ${NGINX} (Debian: apt-get install nginx), or NGINX=/path/to/nginx.`);
  process.exit(1);
}

/** deploy/nginx.conf with the port, root and base path of this run; throws if a line to change is not there. */
function siteConfig(shipped: string, { port, root, basePath }: { port: number; root: string; basePath: string }) {
  const replace = (text: string, line: string, by: string) => {
    if (text.split(line).length !== 2) throw new Error(`deploy/nginx.conf: expected one "${line}"`);
    return text.replace(line, by);
  };
  let config = replace(shipped, 'listen 80;', `listen 127.0.0.1:${port};`);
  // Loopback IPv4 only: a test machine may have no IPv6.
  config = replace(config, 'listen [::]:80;', '');
  config = replace(config, 'root /usr/share/nginx/html;', `root ${root};`);
  return replace(config, 'set $base_path "";', `set $base_path "${basePath}";`);
}

function mainConfig(dir: string): string {
  const temp = (name: string) => path.join(dir, name);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    `    client_body_temp_path ${temp('body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    `    include ${temp('site.conf')};`,
    '}',
    '',
  ].join('\n');
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function startNginx(basePath: string): Promise<ChildProcess> {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  let root = path.resolve('out');
  if (basePath !== '') {
    // The host's document root holds the site in the sub-path's folder, as the Dockerfile copies it.
    root = path.join(SCRATCH, 'www');
    mkdirSync(path.dirname(path.join(root, basePath)), { recursive: true });
    symlinkSync(path.resolve('out'), path.join(root, basePath));
  }
  const shipped = readFileSync('deploy/nginx.conf', 'utf8');
  writeFileSync(path.join(SCRATCH, 'site.conf'), siteConfig(shipped, { port: PORT, root, basePath }));
  writeFileSync(path.join(SCRATCH, 'nginx.conf'), mainConfig(SCRATCH));
  const check = spawnSync(NGINX, ['-t', '-p', SCRATCH, '-c', path.join(SCRATCH, 'nginx.conf')], { stdio: 'inherit' });
  if (check.status !== 0) throw new Error('nginx -t rejected the configuration');
  const nginx = spawn(NGINX, ['-p', SCRATCH, '-c', path.join(SCRATCH, 'nginx.conf')], { stdio: 'inherit' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await listening(PORT)) return nginx;
    if (nginx.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  nginx.kill();
  throw new Error(`nginx did not listen on ${PORT}`);
}

async function run(basePath: string): Promise<number> {
  if (basePath === '') delete process.env.BASE_PATH;
  else process.env.BASE_PATH = basePath;
  const started = Date.now();
  ensureBuilt(ORIGIN);
  const built = Date.now();
  const nginx = await startNginx(basePath);
  try {
    const result = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.deploy.config.ts'], {
      stdio: 'inherit',
      env: { ...process.env, DEPLOY_ORIGIN: ORIGIN },
    });
    console.log(
      `test:deploy ${basePath || '(root)'}: build ${((built - started) / 1000).toFixed(0)} s, smoke tests ${((Date.now() - built) / 1000).toFixed(0)} s`,
    );
    return result.status ?? 1;
  } finally {
    nginx.kill('SIGQUIT');
  }
}

const atRoot = await run('');
const underSubPath = atRoot === 0 ? await run('/nk-workers') : 1;
rmSync(SCRATCH, { recursive: true, force: true });
process.exit(atRoot || underSubPath);
