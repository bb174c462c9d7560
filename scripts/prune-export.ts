/**
 * Removes the MapLibre builds Turbopack copies into out/_next/static/media although the page never loads them
 * (docs/ARCHITECTURE.md, "Toolchain pitfalls"): the development builds and the main bundle (which is already inside a JS chunk).
 * Only the production worker is fetched at run time; the e2e tests would fail if it went missing.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const mediaDir = path.join(process.argv[2] ?? 'out', '_next', 'static', 'media');
const UNUSED = /^maplibre-gl(-dev|-shared|-shared-dev|-worker-dev)?\.[A-Za-z0-9_-]+\.mjs$/;

let removed = 0;
let bytes = 0;
for (const name of readdirSync(mediaDir)) {
  if (!UNUSED.test(name)) continue;
  const file = path.join(mediaDir, name);
  bytes += statSync(file).size;
  rmSync(file);
  removed += 1;
}
console.log(
  `prune: removed ${removed} unused MapLibre builds from ${mediaDir} (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
);
