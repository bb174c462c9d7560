import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SiteDocument } from '@/components/site-document';
import { layoutMetadata } from '@/app/_lib/region-meta';
import { VIEWPORT } from '@/lib/export/site';

// English: the site's original addresses (`/`, `/regions/<slug>`, `/about`), kept for links in the wild.
export const metadata: Metadata = layoutMetadata('en');
export const viewport: Viewport = VIEWPORT;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
