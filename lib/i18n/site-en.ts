/**
 * Server-only words in English: page metadata, the About page, the 404 page and the social cards. They never
 * reach the browser as a catalogue (only as the HTML they render), so they cost a page nothing.
 */
import type { CatalogueOf, Translate } from './translate';

export const siteEn = {
  'meta.siteDescription':
    'A map of cited public reports on North Korean workers in China’s Liaoning and Jilin provinces: where they are reported, in which sectors, and under which conditions.',
  'meta.titleTemplate': '{title} — {site}',
  'meta.homeDescription':
    '{count} cited public reports on North Korean workers in China’s Liaoning and Jilin provinces, by sector and reported condition, on a map of their 23 prefecture-level regions.',
  'meta.homeImageAlt': 'Liaoning and Jilin: reports by sector',
  'meta.regionDescription': {
    one: '{count} cited report on North Korean workers in {where} ({names}). By sector: {sectors}.',
    other: '{count} cited reports on North Korean workers in {where} ({names}). By sector: {sectors}.',
  },
  'meta.whereProvince': '{name} province',
  'meta.wherePrefecture': '{name}, {province}',
  'meta.sectorCount': '{count} {sector}',
  'meta.noneYet': 'none yet',
  'meta.regionImageAlt': '{names}: reports by sector',
  'meta.aboutTitle': 'About the data',
  'meta.aboutDescription':
    'How the reports on North Korean workers in Liaoning and Jilin were collected, checked, placed, dated and labelled, and where to download them.',

  'notFound.metaTitle': 'Page not found',
  'notFound.title': 'This page does not exist',
  'notFound.body': 'The link may be mistyped, or the region it names is not one of the 25 regions this map covers.',
  'notFound.back': 'Back to the map of Liaoning and Jilin',

  'about.back': '← Back to the map',
  'about.title': 'About the data',
  'about.intro':
    'This map collects {reports} cited public reports from {outlets} independent outlets (an outlet’s editions and copies count once) on North Korean workers in China’s Liaoning and Jilin provinces, who kept working in restaurants, garment factories, seafood plants and assembly plants after the 2017 UN sanctions required their repatriation. Each report links to its source; the summaries are ours.',
  'about.languageNote':
    'Report summaries, sourcing notes and event descriptions are in English; headlines are shown in their original language, with an English rendering where we have one.',
  'about.placingHeading': 'How to read this map: places, dates and shading',
  'about.placingPin':
    'A place is never drawn more exactly than the source gives it. Reports that name only a province get no pin and count on the province’s badge.',
  'about.placingInferred': 'Places taken from a company name, a caption or a passing mention are marked as inferred.',
  'about.placingDates':
    'Dates keep the precision the source gives; inferred dates say so. Where a source fixes only bounds, a report is dated by a range (“between Jul 2016 and Jan 2018”): a time window shows it when the range overlaps the window, marked uncertain when the range reaches outside; a comparison counts it only in a period that holds the whole range and says how many straddle. Undated reports are listed under the time chart.',
  'about.placingConflicts':
    'Conflicting figures (the Dandong workforce is put at anything from 5,000 to 80,000) stay in separate reports, never merged.',
  'about.placingSectors':
    'A report carries every sector whose work it names. “Other” is named work outside the sectors (coal mining, farm work, leather and wig making, ship crews, and the like). “Sector not stated” holds reports on the workforce in general or on work the source does not name; it is drawn in grey rather than a sector colour and never combined with a sector. “Other” once also held those reports: a link to “Other” now shows the named work only.',
  'about.placingConfidence':
    '“How we know” says where a report’s information comes from (an anonymous source, on-site reporting, an official document, a relay), not whether it is true.',
  'about.placingHatching':
    'A prefecture’s shade counts the reports under the current filters (darker is more); a hatched prefecture was searched and nothing was found, which is not the same as no reports under the filters. A marker counts the reports that name its place: a report naming two places appears at both, so marker counts do not add up to the total.',
  'about.placingVia': 'Links marked “read via” go to a mirror or relay of the original outlet.',
  'about.labelsHeading': 'How we know: the labels',
  'about.labelsIntro':
    'Each report carries one label for how its information was sourced. It says nothing about whether a report is true; it tells you what to check. On the map, reports of the outlet’s own reporting are solid markers, relays and reports of others’ reporting are faded, and an outer ring marks an event that two or more independent accounts report (distinct original reports by distinct publishers: an outlet passing on another’s report, or another title of the same publisher, does not add one) ({events} events link {linked} reports).',
  'about.labelsCaption': 'Reports by how we know',
  'about.labelsLabel': 'Label',
  'about.labelsReports': 'Reports',
  'about.labelsMeaning': 'What it means',
  'about.secondary': ' (secondary)',
  'about.noneHeading': 'Where nothing was found',
  'about.noneBody':
    '{count} of the 23 prefecture-level regions have no report: {names}. For each, at least three searches in at least two languages found nothing; the searches are listed in the data ({file}). “No report found” is not “no workers”.',
  'about.downloadsHeading': 'Downloads',
  'about.downloadCsv': 'one row per report, its places joined in one column (UTF-8, opens in Excel)',
  'about.downloadPlacesCsv': 'one row per report and place, with coordinates, for mapping',
  'about.downloadJson': 'the records as validated',
  'about.downloadGeojson': 'a point per place, with its precision',
  'about.downloadReferences':
    'every report as a reference (BibTeX, RIS, CSL-JSON) citing the original outlet, with our record and its link in a note; dataset version {version}',
  'about.downloadRegions': 'the two provinces and 23 prefecture-level regions',
  'about.mapHeading': 'Map data',
  'about.mapBody':
    'Boundaries from Apache ECharts 4.9.0 (converted from the GCJ-02 datum to WGS84), countries and land from Natural Earth, places from GeoNames (CC BY 4.0). Boundaries are approximate and not authoritative. Everything, fonts included, is served from this site: your browsing reaches no third party.',

  'og.kicker': 'NORTH KOREAN WORKERS IN CHINA',
  'og.bothProvinces': 'Liaoning and Jilin',
  'og.province': 'Province of China',
  'og.prefecture': 'Prefecture-level region, {province}',
  'og.overview': '2 provinces, 23 prefecture-level regions',
  'og.count': { one: '{count} cited report by sector', other: '{count} cited reports by sector' },
  'og.footer': '{host} · every report links to its source',
  'report.back': '← Back to the map',
  'report.record': 'Report record {id}',
  'report.translation': 'English rendering (ours): “{title}”',
  'report.mapAlt': 'Map of {places}',
  'report.placesHeading': 'Where',
  'report.tagsHeading': 'Sectors and conditions',
  'report.sectors': 'Sectors:',
  'report.conditions': 'Reported conditions:',
  'report.summaryHeading': 'Our summary',
  'report.figures': 'Figures the source gives',
  'report.howHeading': 'How we know',
  'report.checkedPage': 'Checked against the source page on {date}.',
  'report.checkedDigest': 'Checked against the research digest on {date} (the page itself could not be read).',
  'report.sameArticle': 'One of {count} records from this article, each for a sector or condition it reports:',
  'report.citeHeading': 'Cite this report',
  'report.citeIntro': 'Each citation names the source article; its note names this record and this page.',
  'report.citeFiles': 'Every report as a reference file: {files}',
  'report.mapHeading': 'On the map',
  'report.openOnMap': 'Open this report on the map',
  'report.regionLink': 'All reports in {region}',
  'report.metaDescription':
    '{outlet}, {date}: {sectors} in {places}. Our summary of a cited report on North Korean workers in China, how we know, and how to cite it.',
  'report.imageAlt': '{places}, {date}: {sectors}. Source: {outlet}',
  'feed.title': '{site}: new and changed records',
  'feed.subtitle': 'Records added to or changed in the dataset, by release, newest first.',
  'feed.added': 'New record: {title}',
  'feed.changed': 'Record changed: {title}',
  'feed.addedContent': 'Added in release {version}. Our summary: {summary}',
  'feed.changedContent': 'Changed in release {version} (fields: {fields}). Our summary: {summary}',
  'withdrawn.metaTitle': 'Withdrawn record {id}',
  'withdrawn.metaDescription':
    'The record {id} was withdrawn from the dataset of reports on North Korean workers in Liaoning and Jilin on {date}. This page says why.',
  'withdrawn.heading': 'This record was withdrawn',
  'withdrawn.body':
    'The record {id} was withdrawn from the dataset on {date}. Its address stays, so that citations of it still lead here.',
  'withdrawn.reasonLabel': 'Why:',
  'withdrawn.noteLabel': 'Our note:',
  'withdrawn.replacement': 'The record that carries it on:',
  'withdrawn.changelog': 'Every withdrawal is listed in the changelog.',
  'about.releasesHeading': 'Releases and changes',
  'about.releasesBody':
    'This is release {version} ({date}). Record ids never change: a record that is withdrawn or merged keeps its page, which says why and links its successor.',
  'about.releasesSince': 'Since release {previous}: {added} new, {changed} changed, {withdrawn} withdrawn.',
  'about.releasesChangelog': 'every release: the records added, changed (with the fields) and withdrawn',
  'about.releasesChanges': 'the same as data, with every withdrawn record',
  'about.releasesFeed': 'Atom feed of new and changed records',
  'og.reportKicker': 'CITED REPORT · NORTH KOREAN WORKERS IN CHINA',
} as const;

export type SiteSource = typeof siteEn;
export type SiteCatalogue = CatalogueOf<SiteSource>;
export type SiteTranslate = Translate<SiteSource>;
