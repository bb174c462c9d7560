import type { Metadata } from 'next';
import { countBySector, reportsInRegion } from './filters';
import { getDataset } from './data';
import { regions } from './regions';
import type { Region } from './schema';
import { SITE_NAME, siteUrl } from './site';

/** "5 textile, 3 restaurants and 1 seafood" */
export function sectorCountsInWords(counts: Record<string, number>, labels: ReadonlyMap<string, string>): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${count} ${(labels.get(key) ?? key).toLowerCase()}`);
  if (parts.length === 0) return 'none yet';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function regionDescription(region: Region): string {
  const { reports, sectors } = getDataset();
  const inRegion = reportsInRegion(reports, region, regions);
  const counts = countBySector(
    inRegion,
    sectors.map((sector) => sector.key),
  );
  const labels = new Map(sectors.map((sector) => [sector.key, sector.label]));
  const where =
    region.level === 'province'
      ? `${region.name_en} province`
      : `${region.name_en}, ${region.province === 'liaoning' ? 'Liaoning' : 'Jilin'}`;
  return `${inRegion.length} cited report${inRegion.length === 1 ? '' : 's'} on North Korean workers in ${where} (${region.name_zh} ${region.name_ko}). By sector: ${sectorCountsInWords(counts, labels)}.`;
}

export function socialImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

export function homeMetadata(): Metadata {
  const { reports } = getDataset();
  const description = `${reports.length} cited public reports on North Korean workers in China’s Liaoning and Jilin provinces, by sector and reported condition, on a map of their 23 prefecture-level regions.`;
  const image = {
    url: `${siteUrl()}${socialImagePath('index')}`,
    width: 1200,
    height: 630,
    alt: 'Liaoning and Jilin: reports by sector',
  };
  return {
    description,
    alternates: { canonical: `${siteUrl()}/` },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      title: SITE_NAME,
      description,
      url: `${siteUrl()}/`,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: SITE_NAME, description, images: [image.url] },
  };
}

export function regionMetadata(region: Region): Metadata {
  const url = `${siteUrl()}/regions/${region.slug}`;
  const description = regionDescription(region);
  const title = `${region.name_en} — ${SITE_NAME}`;
  const image = {
    url: `${siteUrl()}${socialImagePath(region.slug)}`,
    width: 1200,
    height: 630,
    alt: `${region.name_en} ${region.name_zh} ${region.name_ko}: reports by sector`,
  };
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', siteName: SITE_NAME, title, description, url, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

const ABOUT_DESCRIPTION =
  'How the reports on North Korean workers in Liaoning and Jilin were collected, checked, placed, dated and labelled, and where to download them.';

export function aboutMetadata(): Metadata {
  const image = { url: `${siteUrl()}${socialImagePath('index')}`, width: 1200, height: 630, alt: SITE_NAME };
  const url = `${siteUrl()}/about`;
  return {
    title: 'About the data',
    description: ABOUT_DESCRIPTION,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      title: `About the data — ${SITE_NAME}`,
      description: ABOUT_DESCRIPTION,
      url,
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: `About the data — ${SITE_NAME}`,
      description: ABOUT_DESCRIPTION,
      images: [image.url],
    },
  };
}
