/**
 * Citations of the reports and of the dataset: CSL-JSON, BibTeX, RIS, and formatted APA (7th edition) and Chicago
 * (17th edition, notes-bibliography style, bibliography entry) strings. Dates: lib/export/citation-dates.ts; download
 * file names: lib/export/download-name.ts.
 *
 * Pure and deterministic: no clock, no network, no style files. What varies (the dataset version, the site's
 * address, the deep link to a record) is passed in, so the same data always gives the same bytes.
 *
 * What a citation says, and why:
 * - The title is the outlet's headline as published. Where no headline could be found, the title is our description
 *   in square brackets, marked as ours (`[Untitled; dataset description: …]`), as APA does for untitled works, so
 *   nobody takes our words for the outlet's.
 * - No author: the data records none, and none is invented. APA then puts the title first; Chicago the outlet.
 * - The date has exactly the precision the source gives (year, month or day). Undated reports have no date: "n.d."
 *   in APA and Chicago, no year in BibTeX (`note = {n.d. …}` instead), no PY/DA in RIS, no `issued` in CSL-JSON.
 * - A note ties the citation to our record: our English rendering of a foreign headline, the mirror the URL points
 *   to (`source.via`), an inferred date, and "Summarised in the dataset … (version …), record …, <deep link>".
 * - The access date (`urldate`, `accessed`, RIS `Y2`) is the day the record was last checked against its source.
 * - Records split from one article (one per sector or condition it reports) cite it once in a collection: one entry,
 *   whose note names every record and its page.
 */
import { languageName } from './language-name';
import type { Report } from '@/lib/data/schema';
import { SITE_NAME, reportPath } from './site';
import { versionDate } from '@/lib/data/dataset-version';
import {
  PartialDate,
  apaDate,
  chicagoDate,
  cslDate,
  isoPartialDate,
  parseDate,
  risDate,
  type CslDate,
} from './citation-dates';

export { downloadFileName, type DownloadView } from './download-name';

/** What every citation of a record needs besides the record. */
export type CitationContext = {
  /** The dataset version, `YYYY.MM.DD` (lib/data/dataset-version.ts). */
  version: string;
  /** The site's origin, e.g. `https://example.org`. */
  siteUrl: string;
  /** The address of a record's own page, e.g. `https://example.org/reports/<id>`. */
  deepLink: (id: string) => string;
};

/** The context of the published site: a record is cited with its own page (`/reports/<id>`). */
export function siteCitationContext(version: string, siteUrl: string): CitationContext {
  return { version, siteUrl, deepLink: (id) => `${siteUrl}${reportPath(id)}` };
}

export type { CslDate, CslDateParts } from './citation-dates';

export type CslType = 'article-newspaper' | 'report' | 'dataset';

/** A CSL-JSON item (CSL 1.0.2), with the variables we fill. */
export type CslItem = {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  /** The newspaper or site, for news. */
  'container-title'?: string;
  /** The organisation, for reports (NGO, UN, government, think tank). */
  publisher?: string;
  genre?: string;
  version?: string;
  URL: string;
  issued?: CslDate;
  accessed?: CslDate;
  language?: string;
  note?: string;
};

/** One work cited five ways. */
export type Citation = { csl: CslItem; bibtex: string; ris: string; apa: string; chicago: string };

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Babel/polyglossia language names for biblatex's `langid`. */
const LANGIDS: Record<Report['source']['language'], string> = {
  en: 'english',
  ko: 'korean',
  ja: 'japanese',
  zh: 'chinese',
  es: 'spanish',
};

// ---------------------------------------------------------------------------
// Titles and notes
// ---------------------------------------------------------------------------

/** Marks our own description of an item whose headline is unknown; never mistaken for a headline. */
export function untitledTitle(description: string): string {
  return `[Untitled; dataset description: ${description}]`;
}

/** The title to cite: the outlet's headline, or our description marked as such. */
export function citationTitle(source: Report['source']): string {
  if (source.title !== undefined) return source.title;
  return untitledTitle(source.description ?? '');
}

/** Ends with `.`, `?`, `!` or an ellipsis, so no full stop is added after it. */
function endsSentence(text: string): boolean {
  return /[.?!…]$/.test(text);
}

function sentence(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

/** One line of text: no line breaks or tabs, runs of white space collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The sentences that tie a citation to our record, before the dataset reference. */
function recordNotes(report: Report): string[] {
  const notes: string[] = [];
  if (report.source.title_en !== undefined)
    notes.push(`English title (dataset translation): “${report.source.title_en}”.`);
  if (report.source.via !== undefined) notes.push(sentence(`Read via ${report.source.via}`));
  if (report.published !== undefined && report.published_inferred) notes.push('Publication date inferred.');
  return notes;
}

/**
 * The records a citation stands for, each with its page: "record <id>, <link>" for one; for an article split into
 * several records, "as 3 records: <id>, <link>; <id>, <link>; …".
 */
function datasetPrefix(ids: readonly string[], ctx: CitationContext): string {
  const dataset = `Summarised in the dataset ${SITE_NAME} (version ${ctx.version})`;
  return ids.length === 1 ? `${dataset}, record` : `${dataset} as ${ids.length} records:`;
}

/** "Summarised in the dataset North Korean workers in Liaoning and Jilin (version …), record …, <its page>". */
export function datasetReference(report: Report, ctx: CitationContext): string {
  return recordsReference([report.id], ctx);
}

function recordsReference(ids: readonly string[], ctx: CitationContext): string {
  return `${datasetPrefix(ids, ctx)} ${ids.map((id) => `${id}, ${ctx.deepLink(id)}`).join('; ')}`;
}

function reportNote(report: Report, ctx: CitationContext, ids: readonly string[] = [report.id]): string {
  return oneLine([...recordNotes(report), recordsReference(ids, ctx)].join(' '));
}

function isReportKind(kind: Report['source']['kind']): boolean {
  return kind !== 'news';
}

// ---------------------------------------------------------------------------
// CSL-JSON
// ---------------------------------------------------------------------------

/**
 * News is `article-newspaper` with the outlet as `container-title`; NGO, UN, think-tank and government sources are
 * `report` with the outlet as `publisher` (our government sources are press releases and statements, not laws, so
 * not `legislation`).
 */
export function reportToCsl(report: Report, ctx: CitationContext, ids: readonly string[] = [report.id]): CslItem {
  const { source } = report;
  const published = parseDate(report.published);
  const checked = parseDate(report.checked.date);
  return {
    id: report.id,
    'citation-key': bibtexKey(report.id),
    type: isReportKind(source.kind) ? 'report' : 'article-newspaper',
    title: oneLine(citationTitle(source)),
    ...(isReportKind(source.kind) ? { publisher: source.outlet } : { 'container-title': source.outlet }),
    ...(source.kind === 'government' ? { genre: 'Government publication' } : {}),
    URL: source.url,
    ...(published ? { issued: cslDate(published) } : {}),
    ...(checked ? { accessed: cslDate(checked) } : {}),
    language: source.language,
    note: reportNote(report, ctx, ids),
  };
}

// ---------------------------------------------------------------------------
// BibTeX
// ---------------------------------------------------------------------------

/** A citation key from a record id: letters, digits and `_ . : -` only. */
export function bibtexKey(id: string): string {
  const key = id.replace(/[^A-Za-z0-9_.:-]+/g, '-');
  return key === '' ? 'untitled' : key;
}

/**
 * Text for a BibTeX field: LaTeX's special characters escaped so that braces stay balanced (a literal brace becomes
 * `\textbraceleft{}`, since BibTeX counts `\{` as a brace too), quotes braced, ligatures (`--`, `''`, `` ` ``)
 * broken, line breaks flattened. Everything else, Chinese, Korean and Japanese included, stays UTF-8 for biber.
 */
export function escapeBibTeX(text: string): string {
  let out = '';
  const flat = oneLine(text);
  for (let index = 0; index < flat.length; index++) {
    const char = flat[index] ?? '';
    const next = flat[index + 1];
    switch (char) {
      case '\\':
        out += '\\textbackslash{}';
        break;
      case '{':
        out += '\\textbraceleft{}';
        break;
      case '}':
        out += '\\textbraceright{}';
        break;
      case '%':
      case '&':
      case '$':
      case '#':
      case '_':
        out += `\\${char}`;
        break;
      case '^':
        out += '\\textasciicircum{}';
        break;
      case '~':
        out += '\\textasciitilde{}';
        break;
      case '`':
        out += '\\textasciigrave{}';
        break;
      case '"':
        out += '{"}';
        break;
      case '-':
      case "'":
        // `--`, `---` and `''` are ligatures in TeX: keep the characters apart.
        out += next === char ? `${char}{}` : char;
        break;
      default:
        out += char;
    }
  }
  return out;
}

/**
 * A URL for a BibTeX `url` field, which biblatex reads verbatim: no LaTeX escaping, but characters that are not
 * printable ASCII (and braces, backslashes) percent-encoded, so braces stay balanced and pdfLaTeX can typeset it.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[^\x21-\x7e]|[{}\\]/gu, (char) => encodeURIComponent(char));
}

/** A link that `\url{}` can take even inside another command's argument. */
function urlSafeInArgument(url: string): boolean {
  return /^[A-Za-z0-9:/.?=-]+$/.test(url);
}

type BibField = [name: string, value: string, raw?: 'raw'];

function bibtexEntry(type: string, key: string, fields: readonly BibField[]): string {
  const lines = fields.map(([name, value, raw]) => `  ${name} = ${raw ? value : `{${value}}`}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/**
 * biblatex reads `date` (ISO 8601 at the precision given: `2020`, `2020-04`, `2020-04-27`); classic BibTeX styles
 * read `year` and `month` (and `day` where a style knows it), so both are written and agree.
 */
function bibtexDateFields(date: PartialDate | undefined): BibField[] {
  if (!date) return [];
  const iso = isoPartialDate(date);
  const fields: BibField[] = [
    ['date', iso],
    ['year', String(date.year)],
  ];
  // Month macros (jan…dec) are understood by BibTeX styles and by biber.
  const month = date.month === undefined ? undefined : BIBTEX_MONTHS[date.month - 1];
  if (month !== undefined) fields.push(['month', month, 'raw']);
  if (month !== undefined && date.day !== undefined) fields.push(['day', String(date.day)]);
  return fields;
}

/** A link as `\url{}` when it is safe inside another command's argument, otherwise as escaped text. */
function bibtexLink(link: string): string {
  return urlSafeInArgument(link) ? `\\url{${link}}` : escapeBibTeX(link);
}

/** The note: our sentences, then the records the entry stands for, each with its page. */
function bibtexNote(prefix: readonly string[], ids: readonly string[], ctx: CitationContext): string {
  const before = escapeBibTeX([...prefix, datasetPrefix(ids, ctx)].join(' '));
  return `${before} ${ids.map((id) => `${escapeBibTeX(id)}, ${bibtexLink(ctx.deepLink(id))}`).join('; ')}`;
}

/**
 * `@article` (with `entrysubtype = {newspaper}` for biblatex) for news; `@techreport` with `institution` and a
 * `type` for the others. The title is double-braced so that styles keep the headline's case as published.
 */
export function reportToBibTeX(report: Report, ctx: CitationContext, ids: readonly string[] = [report.id]): string {
  const { source } = report;
  const published = parseDate(report.published);
  const title: BibField = ['title', `{${escapeBibTeX(citationTitle(source))}}`];
  const kindFields: BibField[] = isReportKind(source.kind)
    ? [
        ['institution', escapeBibTeX(source.outlet)],
        ['type', source.kind === 'government' ? 'Government publication' : 'Report'],
      ]
    : [
        ['journal', escapeBibTeX(source.outlet)],
        ['entrysubtype', 'newspaper'],
      ];
  const notePrefix = [...(published ? [] : ['n.d.']), ...recordNotes(report)];
  const fields: BibField[] = [
    title,
    ...kindFields,
    ...bibtexDateFields(published),
    ['url', bibtexUrl(source.url)],
    ['urldate', report.checked.date],
    ['langid', LANGIDS[source.language]],
    ...(source.language === 'en' ? [] : [['language', languageName(source.language)] as BibField]),
    ['note', bibtexNote(notePrefix, ids, ctx)],
  ];
  return bibtexEntry(isReportKind(source.kind) ? 'techreport' : 'article', bibtexKey(report.id), fields);
}

// ---------------------------------------------------------------------------
// RIS
// ---------------------------------------------------------------------------

type RisLine = [tag: string, value: string];

/** RIS lines end with CR LF; a record ends with `ER  - `. Values are one line each. */
function risRecord(lines: readonly RisLine[]): string {
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n') + '\r\n';
}

function risDateLines(date: PartialDate | undefined): RisLine[] {
  return date
    ? [
        ['PY', String(date.year)],
        ['DA', risDate(date)],
      ]
    : [];
}

/**
 * `NEWS` with the outlet in `T2` for news; `RPRT` (`GOVDOC` for government) with the outlet in `PB` for the others.
 * The English rendering of a foreign headline goes into the note, not `TT`: importers read `TT` as the work's own
 * title and would cite our translation as if it were the headline.
 */
export function reportToRis(report: Report, ctx: CitationContext, ids: readonly string[] = [report.id]): string {
  const { source } = report;
  const checked = parseDate(report.checked.date);
  const type = source.kind === 'news' ? 'NEWS' : source.kind === 'government' ? 'GOVDOC' : 'RPRT';
  return risRecord([
    ['TY', type],
    ['ID', report.id],
    ['TI', citationTitle(source)],
    [isReportKind(source.kind) ? 'PB' : 'T2', source.outlet],
    ...risDateLines(parseDate(report.published)),
    ...(checked ? [['Y2', risDate(checked)] as RisLine] : []),
    ['UR', source.url],
    ['LA', source.language],
    ['N1', reportNote(report, ctx, ids)],
  ]);
}

// ---------------------------------------------------------------------------
// APA 7 and Chicago 17 (notes-bibliography, bibliography entry), as plain text
// ---------------------------------------------------------------------------

/**
 * APA 7th edition reference. Without an author the title moves to the author position:
 * `Title [English title]. (2020, April 17). Outlet. URL`; undated: `(n.d.)`. Untitled works keep our bracketed
 * description. A relay's mirror is named before the URL. Plain text: no italics.
 */
export function formatApa(report: Report): string {
  const { source } = report;
  const published = parseDate(report.published);
  const title = oneLine(citationTitle(source));
  const titlePart =
    source.title !== undefined && source.title_en !== undefined
      ? `${title} [${oneLine(source.title_en)}].`
      : sentence(title);
  const parts = [titlePart, `(${published ? apaDate(published) : 'n.d.'}).`, sentence(oneLine(source.outlet))];
  if (source.via !== undefined) parts.push(sentence(`Read via ${oneLine(source.via)}`));
  parts.push(source.url);
  return parts.join(' ');
}

/**
 * Chicago Manual of Style, 17th edition, notes-bibliography style, bibliography entry. Unsigned news is listed under
 * the outlet: `Outlet. “Headline” [English title]. April 17, 2020. URL.` A report's title is not quoted (it would be
 * italic), nor is our bracketed description of an untitled work. A date we inferred is bracketed, as Chicago does for
 * dates supplied by the compiler; an undated work reads `n.d.` with the day we accessed it.
 */
export function formatChicago(report: Report): string {
  const { source } = report;
  const published = parseDate(report.published);
  const checked = parseDate(report.checked.date);
  const title = oneLine(citationTitle(source));
  const quoted = source.title !== undefined && !isReportKind(source.kind);
  let titlePart: string;
  if (source.title !== undefined && source.title_en !== undefined) {
    titlePart = `${quoted ? `“${title}”` : title} [${oneLine(source.title_en)}].`;
  } else if (quoted) {
    titlePart = `“${sentence(title)}”`;
  } else {
    titlePart = sentence(title);
  }
  const parts = [sentence(oneLine(source.outlet)), titlePart];
  if (published) {
    const date = chicagoDate(published);
    parts.push(`${report.published_inferred ? `[${date}]` : date}.`);
  } else {
    parts.push('n.d.');
    if (checked) parts.push(`Accessed ${chicagoDate(checked)}.`);
  }
  if (source.via !== undefined) parts.push(sentence(`Read via ${oneLine(source.via)}`));
  parts.push(`${source.url}.`);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------
// One record, and whole collections
// ---------------------------------------------------------------------------

export function citeReport(report: Report, ctx: CitationContext): Citation {
  return {
    csl: reportToCsl(report, ctx),
    bibtex: reportToBibTeX(report, ctx),
    ris: reportToRis(report, ctx),
    apa: formatApa(report),
    chicago: formatChicago(report),
  };
}

/**
 * The works to cite: one per source URL, in the order of their first record, each with the ids of every record
 * summarising it (an article reporting several sectors or conditions is split into records, but it is one work).
 */
export function citedWorks(reports: readonly Report[]): { report: Report; ids: string[] }[] {
  const byUrl = new Map<string, { report: Report; ids: string[] }>();
  for (const report of reports) {
    const work = byUrl.get(report.source.url);
    if (work) work.ids.push(report.id);
    else byUrl.set(report.source.url, { report, ids: [report.id] });
  }
  return [...byUrl.values()];
}

/** A `.bib` file: a comment header (JabRef reads its encoding line), then one entry per cited work, in order. */
export function toBibTeX(reports: readonly Report[], ctx: CitationContext): string {
  const works = citedWorks(reports);
  const header = [
    '% Encoding: UTF-8',
    `% ${SITE_NAME}, version ${ctx.version}: ${reports.length} reports from ${works.length} works, each cited by its original source.`,
    `% ${ctx.siteUrl}`,
  ].join('\n');
  return `${[header, ...works.map(({ report, ids }) => reportToBibTeX(report, ctx, ids).trimEnd())].join('\n\n')}\n`;
}

/** A `.ris` file: one record per cited work, in order, separated by blank lines (CR LF). */
export function toRIS(reports: readonly Report[], ctx: CitationContext): string {
  return citedWorks(reports)
    .map(({ report, ids }) => reportToRis(report, ctx, ids))
    .join('\r\n');
}

/** A CSL-JSON file: an array of items (one per cited work), two-space indented, ending with a newline. */
export function toCslJson(reports: readonly Report[], ctx: CitationContext): string {
  return `${JSON.stringify(
    citedWorks(reports).map(({ report, ids }) => reportToCsl(report, ctx, ids)),
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------
// The dataset, or a view of it
// ---------------------------------------------------------------------------

export type DatasetCitationInput = {
  /** `YYYY.MM.DD`; its date is the release date. */
  version: string;
  /** The site's address. */
  url: string;
  /** A deep link to a filtered view; cited instead of `url` when given. */
  viewUrl?: string;
  /** The view's filters in words, e.g. "Dandong; textile; 2020–2022". */
  filtersInWords?: string;
};

/** The dataset as a whole, or one view of it: CSL `dataset`, biblatex `@dataset`, RIS `DATA`, APA and Chicago. */
export function citeDataset({ version, url, viewUrl, filtersInWords }: DatasetCitationInput): Citation {
  const released = parseDate(versionDate(version));
  const link = viewUrl ?? url;
  const view = filtersInWords === undefined || oneLine(filtersInWords) === '' ? undefined : oneLine(filtersInWords);
  const isView = viewUrl !== undefined || view !== undefined;
  const viewNote = isView ? sentence(`View: ${view ?? 'as linked'}`) + (viewUrl ? ` Dataset: ${url}` : '') : '';
  const key = bibtexKey(`nk-workers-${version.replaceAll('.', '-')}${isView ? '-view' : ''}`);

  const csl: CslItem = {
    id: key,
    'citation-key': key,
    type: 'dataset',
    title: SITE_NAME,
    genre: 'Data set',
    version,
    URL: link,
    ...(released ? { issued: cslDate(released) } : {}),
    language: 'en',
    ...(viewNote ? { note: viewNote } : {}),
  };

  const bibtex = bibtexEntry('dataset', key, [
    ['title', `{${escapeBibTeX(SITE_NAME)}}`],
    ['version', escapeBibTeX(version)],
    ...bibtexDateFields(released),
    ['url', bibtexUrl(link)],
    ['langid', 'english'],
    ...(viewNote ? [['note', escapeBibTeX(viewNote)] as BibField] : []),
  ]);

  const ris = risRecord([
    ['TY', 'DATA'],
    ['ID', key],
    ['TI', SITE_NAME],
    ['ET', version],
    ...risDateLines(released),
    ['UR', link],
    ['LA', 'en'],
    ['N1', oneLine(`Version ${version}. ${viewNote}`)],
  ]);

  const bracket = view === undefined ? '[Data set]' : `[Data set; view: ${view}]`;
  const apa = `${SITE_NAME} (Version ${version}) ${bracket}. (${released ? released.year : 'n.d.'}). ${link}`;
  const chicago = [
    `${SITE_NAME}.`,
    view === undefined ? `Dataset, version ${version}.` : sentence(`Dataset, version ${version}, view: ${view}`),
    released ? `${chicagoDate(released)}.` : 'n.d.',
    `${link}.`,
  ].join(' ');

  return { csl, bibtex, ris, apa, chicago };
}
