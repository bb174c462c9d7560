import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SiteDocument } from '@/components/site-document';
import { layoutMetadata } from '@/app/_lib/region-meta';
import { VIEWPORT } from '@/lib/export/site';

// Korean under /ko (app/_lib/page-routes.ts says why each language has its own route tree).
export const metadata: Metadata = layoutMetadata('ko');
export const viewport: Viewport = VIEWPORT;

export default function KoreanLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="ko">{children}</SiteDocument>;
}
