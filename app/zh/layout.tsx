import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SiteDocument } from '@/components/site-document';
import { layoutMetadata } from '@/app/_lib/region-meta';
import { VIEWPORT } from '@/lib/export/site';

// Chinese under /zh (app/_lib/page-routes.ts says why each language has its own route tree).
export const metadata: Metadata = layoutMetadata('zh');
export const viewport: Viewport = VIEWPORT;

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="zh">{children}</SiteDocument>;
}
