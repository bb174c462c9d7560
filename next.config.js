/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes out/, which any static host serves (see README, "Deploy").
  output: 'export',
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
