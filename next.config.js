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
