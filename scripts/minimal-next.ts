/**
 * The floor the Lighthouse and page-weight targets are measured against: the smallest page our installed Next.js
 * makes with the app router and a static export. One short page (about 2 KB of content) with one tiny client
 * component (a counter button), its own app dir, `output: 'export'`.
 *
 * Its sources are written into .bench/minimal/ from here and built with the root's `next build` into
 * .bench/minimal/out. Turbopack's root is the repository, so next and react resolve from the root node_modules:
 * nothing is installed or downloaded. Rebuilt only when the export is missing, or when these sources or the
 * installed Next.js version changed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const MINIMAL_DIR = path.join('.bench', 'minimal');
export const MINIMAL_OUT = path.join(MINIMAL_DIR, 'out');
const STAMP = path.join(MINIMAL_DIR, 'fixture-stamp.txt');

const SOURCES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'minimal-next-floor', private: true, type: 'module' }, null, 2)}\n`,
  'next.config.mjs': `import { fileURLToPath } from 'node:url';

/** Written by scripts/minimal-next.ts: the floor for npm run lighthouse and npm run bench. */
export default {
  output: 'export',
  poweredByHeader: false,
  reactStrictMode: true,
  // The repository root: next and react resolve from its node_modules, and no lockfile is looked for.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};
`,
  'app/layout.js': `export const metadata = {
  title: 'Minimal Next.js page',
  description: 'The floor for our measurements: one static page and one small client component, nothing else.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', lineHeight: 1.5 }}>{children}</body>
    </html>
  );
}
`,
  'app/page.js': `import Counter from './counter';

export default function Page() {
  return (
    <main>
      <h1>Minimal Next.js page</h1>
      <p>
        This page is the floor the dashboard is measured against: the same Next.js, the same static export and the
        same server, with one short page and one tiny client component. Whatever Lighthouse or the network panel
        reports here is the cost of the framework alone, not of our code or data.
      </p>
      <Counter />
    </main>
  );
}
`,
  'app/counter.js': `'use client';

import { useState } from 'react';

export default function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count} {count === 1 ? 'time' : 'times'}
    </button>
  );
}
`,
  'app/icon.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#374151"/></svg>
`,
};

function nextVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest: unknown = JSON.parse(readFileSync(require.resolve('next/package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

function stampOf(): string {
  const hash = createHash('sha256').update(JSON.stringify(SOURCES)).digest('hex').slice(0, 16);
  return `next ${nextVersion()}, sources ${hash}\n`;
}

/** Builds the fixture when needed; returns the directory of its export (.bench/minimal/out). */
export function ensureMinimalBuilt(): string {
  const stamp = stampOf();
  const current = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '';
  if (existsSync(path.join(MINIMAL_OUT, 'index.html')) && current === stamp) {
    precompressMinimal();
    return MINIMAL_OUT;
  }

  console.log(`building the minimal Next.js page (the floor) into ${MINIMAL_OUT}…`);
  rmSync(MINIMAL_DIR, { recursive: true, force: true });
  for (const [file, body] of Object.entries(SOURCES)) {
    mkdirSync(path.dirname(path.join(MINIMAL_DIR, file)), { recursive: true });
    writeFileSync(path.join(MINIMAL_DIR, file), body);
  }
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const result = spawnSync(process.execPath, [nextBin, 'build', MINIMAL_DIR], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0 || !existsSync(path.join(MINIMAL_OUT, 'index.html')))
    throw new Error(`next build of the minimal page in ${MINIMAL_DIR} failed`);
  writeFileSync(STAMP, stamp);
  precompressMinimal();
  return MINIMAL_OUT;
}

/**
 * The floor is served like the site: with the .br and .gz copies our build writes (scripts/precompress.ts), or it
 * would travel uncompressed while our pages do not, and every comparison with it would flatter us.
 */
function precompressMinimal() {
  if (existsSync(path.join(MINIMAL_OUT, 'index.html.gz'))) return;
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'precompress.ts'), MINIMAL_OUT], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`precompressing ${MINIMAL_OUT} failed`);
}
