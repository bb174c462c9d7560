import type { MetadataRoute } from 'next';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/export/site';
import { withBasePath } from '@/lib/view/base-path';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: 'NK workers map',
    description: SITE_DESCRIPTION,
    start_url: withBasePath('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f2937',
    icons: [
      { src: withBasePath('/icon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: withBasePath('/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: withBasePath('/icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  };
}
