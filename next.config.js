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
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
