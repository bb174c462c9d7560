/**
 * Removes what the export writes but no reader fetches. First, the MapLibre builds Turbopack copies into out/_next/static/media although the page never loads them
 * (docs/ARCHITECTURE.md, "Toolchain pitfalls"): the development builds and the main bundle (which is already inside a JS chunk).
 * Only the production worker is fetched at run time; the e2e tests would fail if it went missing.
 * Second, the record pages' React Server Component payloads (`reports/<id>.txt` and `reports/<id>/*.txt`, in every
 * language): Next.js writes them for client-side navigation, but nothing links a record page through the router
 * (every link to one is a plain `<a>`, a full page load), and 960 pages' payloads would triple the export's size.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
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

let payloads = 0;
let payloadBytes = 0;
for (const prefix of ['', 'ko', 'zh']) {
  const reportsDir = path.join(process.argv[2] ?? 'out', prefix, 'reports');
  if (!existsSync(reportsDir)) continue;
  for (const entry of readdirSync(reportsDir, { withFileTypes: true })) {
    const full = path.join(reportsDir, entry.name);
    if (entry.isDirectory()) {
      for (const name of readdirSync(full)) payloadBytes += statSync(path.join(full, name)).size;
      payloads += readdirSync(full).length;
      rmSync(full, { recursive: true });
    } else if (entry.name.endsWith('.txt')) {
      payloadBytes += statSync(full).size;
      payloads += 1;
      rmSync(full);
    }
  }
}
console.log(
  `prune: removed ${payloads} record-page payloads nothing fetches (${(payloadBytes / 1024 / 1024).toFixed(1)} MB)`,
);
