import path from 'node:path';

// Canonical links, the sitemap and social cards need the public address; without it they name localhost.
if (process.argv.includes('build') && !process.env.SITE_URL && !process.env.NEXT_EXPORT_DIR) {
  console.warn(
    '\n⚠ SITE_URL is not set: canonical links, the sitemap and social-card URLs will point at http://localhost:3000.\n' +
      '  For a deployment, build with SITE_URL=https://your.host npm run build (see README, "Deploy").\n',
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes out/, which any static host serves (see README, "Deploy").
  output: 'export',
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
