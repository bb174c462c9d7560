import path from 'node:path';

// Absolute addresses (canonical links, the sitemap, social cards, citations, the printed page) are built from
// SITE_URL. A production build without it would publish pages pointing at localhost, so it stops, unless a local
// build is asked for (ALLOW_LOCAL_SITE_URL=1) or the benchmark builds its variant elsewhere (NEXT_EXPORT_DIR).
// `npm start` sets SITE_URL to the address it serves (scripts/start.ts).
if (
  process.argv.includes('build') &&
  !process.env.SITE_URL?.trim() &&
  process.env.ALLOW_LOCAL_SITE_URL !== '1' &&
  !process.env.NEXT_EXPORT_DIR
) {
  throw new Error(
    '\nSITE_URL is not set: canonical links, the sitemap, social cards and citations would point at http://localhost:3000.\n' +
      '  Build with the public address:  SITE_URL=https://your.host npm run build   (add BASE_PATH=/sub/path for a sub-path)\n' +
      '  or, for a local build only:     ALLOW_LOCAL_SITE_URL=1 npm run build      (npm start sets SITE_URL itself)\n' +
      '  See README, "Deploy".\n',
  );
}

// The sub-path the site is served under (BASE_PATH=/nk-workers), normalised as lib/view/base-path.ts does: one
// leading slash, no trailing one, plain segments only (that module's tests hold the same rule).
const rawBasePath = (process.env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
if (
  rawBasePath !== '' &&
  !rawBasePath.split('/').every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment) && !/^\.\.?$/.test(segment))
) {
  throw new Error(`BASE_PATH "${process.env.BASE_PATH}" is not a path of plain segments, e.g. /nk-workers`);
}
const basePath = rawBasePath === '' ? '' : `/${rawBasePath}`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes out/, which any static host serves (see README, "Deploy").
  output: 'export',
  // Under a sub-path Next prefixes its own scripts and styles; our code prefixes every other path it writes
  // (lib/view/base-path.ts reads NEXT_PUBLIC_BASE_PATH, inlined into the browser's code at build time).
  ...(basePath ? { basePath } : {}),
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // The benchmark exports a variant with synthetic data elsewhere, leaving out/ alone.
  ...(process.env.NEXT_EXPORT_DIR ? { distDir: process.env.NEXT_EXPORT_DIR } : {}),
  // The benchmark's 10,000-report variant swaps the reports file at build time; the app's code has no switch for it.
  ...(process.env.BENCH_REPORTS_FILE
    ? {
        turbopack: {
          // Turbopack reads an alias target relative to the project.
          resolveAlias: { '@/data/reports.json': `./${path.relative(process.cwd(), process.env.BENCH_REPORTS_FILE)}` },
        },
      }
    : {}),
  // One 404 page for every unmatched path (out/404.html): each language has its own root layout (app/(en),
  // app/[lang]), so there is no single layout a not-found page could render in.
  experimental: { globalNotFound: true },
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
