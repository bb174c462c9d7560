import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { testReport } from '@/lib/data/test-report';
import {
  bibtexUrl,
  citationTitle,
  citeDataset,
  citeReport,
  downloadFileName,
  escapeBibTeX,
  formatApa,
  formatChicago,
  reportToBibTeX,
  reportToCsl,
  reportToRis,
  siteCitationContext,
  toBibTeX,
  toCslJson,
  toRIS,
  type CitationContext,
} from './citation';
import { getDataset } from '@/lib/data/dataset';
import { datasetVersion } from '@/lib/data/dataset-version';
import type { Report } from '@/lib/data/schema';

// Citation.js parses what we write: a parser we did not write. It ships CommonJS without types; these are the few
// parts the tests use. Its plugins register themselves with the core on import; none fetches anything.
type CslOut = Record<string, unknown> & { id?: string; title?: string; URL?: string; issued?: unknown };
type CiteInstance = { data: CslOut[]; format: (format: string, options?: Record<string, unknown>) => string };
const requireCjs = createRequire(import.meta.url);
const { Cite } = requireCjs('@citation-js/core') as { Cite: new (input: unknown) => CiteInstance };
requireCjs('@citation-js/plugin-bibtex');
requireCjs('@citation-js/plugin-ris');
requireCjs('@citation-js/plugin-csl');

const parse = (input: string): CslOut[] => new Cite(input).data;

const SITE = 'https://example.org';
const ctx: CitationContext = {
  version: '2026.12.02',
  siteUrl: SITE,
  deepLink: (id) => `${SITE}/reports/${id}`,
};

function report(overrides: Partial<Report> = {}, source: Partial<Report['source']> = {}): Report {
  return testReport({ published: '2020-04-17', ...overrides, source: { ...overrides.source, ...source } });
}

/** The year Citation.js read, or undefined when the item has no date. */
function issuedYear(item: CslOut): number | undefined {
  const issued = item.issued as { 'date-parts'?: number[][] } | undefined;
  return issued?.['date-parts']?.[0]?.[0];
}

/** BibTeX counts every brace, escaped or not: each entry must balance and never close more than it opened. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

const tricky = report(
  { id: 'tricky-2019-edge' },
  {
    title:
      'Wages {cut} 50% & more: $3/day, #1 in_field \\ path ^ up ~ tilde "quoted" ‘curly’ -- ``x\'\' 丹东 단둥 中朝',
    outlet: 'Outlet & Sons {Ltd} 50%',
  },
);

describe('BibTeX', () => {
  it('escapes LaTeX specials so a parser gets the text back exactly', () => {
    const bib = reportToBibTeX(tricky, ctx);
    expect(bracesBalance(bib)).toBe(true);
    expect(bib).toContain('\\textbraceleft{}cut\\textbraceright{} 50\\% \\& more: \\$3/day, \\#1 in\\_field');
    expect(bib).toContain('\\textbackslash{} path \\textasciicircum{} up \\textasciitilde{} tilde {"}quoted{"}');
    expect(bib).toContain('丹东 단둥 中朝'); // UTF-8 kept for biber
    const [item] = parse(bib);
    expect(item?.title).toBe(tricky.source.title);
    expect(item?.['container-title']).toBe(tricky.source.outlet);
    expect(item?.URL).toBe(tricky.source.url);
  });

  it('breaks TeX ligatures and flattens line breaks', () => {
    expect(escapeBibTeX("a -- b --- c `d' ''e''")).toBe("a -{}- b -{}-{}- c \\textasciigrave{}d' '{}'e'{}'");
    expect(escapeBibTeX('one\ntwo\tthree')).toBe('one two three');
  });

  it('keeps URLs verbatim but ASCII, with balanced braces', () => {
    expect(bibtexUrl('https://example.org/a_b%20c?x=1&y=2#top')).toBe('https://example.org/a_b%20c?x=1&y=2#top');
    expect(bibtexUrl('https://www.dailynk.com/단둥-해관서/')).toBe(
      'https://www.dailynk.com/%EB%8B%A8%EB%91%A5-%ED%95%B4%EA%B4%80%EC%84%9C/',
    );
    expect(bibtexUrl('https://example.org/{x}')).toBe('https://example.org/%7Bx%7D');
  });

  it('gives an undated report no year but n.d. in the note, and stays parseable', () => {
    const undated = report({ published: undefined });
    const bib = reportToBibTeX(undated, ctx);
    expect(bib).not.toMatch(/\byear\s*=/);
    expect(bib).not.toMatch(/\bmonth\s*=/);
    expect(bib).toMatch(/note = \{n\.d\. Summarised in the dataset/);
    const [item] = parse(bib);
    expect(item?.title).toBe('A headline');
    expect(item?.issued).toBeUndefined();
  });

  it('marks our description of an untitled report as ours', () => {
    const untitled = report({}, { title: undefined, description: 'Workers leave a garment plant & go home' });
    expect(citationTitle(untitled.source)).toBe(
      '[Untitled; dataset description: Workers leave a garment plant & go home]',
    );
    const bib = reportToBibTeX(untitled, ctx);
    expect(bib).toContain('title = {{[Untitled; dataset description: Workers leave a garment plant \\& go home]}}');
    expect(parse(bib)[0]?.title).toBe('[Untitled; dataset description: Workers leave a garment plant & go home]');
  });

  it('writes the date at the known precision for biblatex and for classic BibTeX, and the type by kind of source', () => {
    expect(reportToBibTeX(report({ published: '2020-04-07' }), ctx)).toMatch(
      /date = \{2020-04-07\},\n {2}year = \{2020\},\n {2}month = apr,\n {2}day = \{7\},/,
    );
    const monthOnly = reportToBibTeX(report({ published: '2020-11' }), ctx);
    expect(monthOnly).toMatch(/date = \{2020-11\},\n {2}year = \{2020\},\n {2}month = nov,/);
    expect(monthOnly).not.toContain('day =');
    const yearOnly = reportToBibTeX(report({ published: '2020' }), ctx);
    expect(yearOnly).toMatch(/date = \{2020\},\n {2}year = \{2020\},/);
    expect(yearOnly).not.toContain('month');
    expect(parse(reportToBibTeX(report({ published: '2020-04-07' }), ctx))[0]?.issued).toEqual({
      'date-parts': [[2020, 4, 7]],
    });
    expect(reportToBibTeX(report(), ctx)).toMatch(/^@article\{test-2020-04-dandong-textile,/);
    const ngo = reportToBibTeX(report({}, { kind: 'ngo', outlet: 'The Outlaw Ocean Project' }), ctx);
    expect(ngo).toMatch(/^@techreport\{/);
    expect(ngo).toContain('institution = {The Outlaw Ocean Project}');
    expect(parse(ngo)[0]).toMatchObject({ type: 'report', publisher: 'The Outlaw Ocean Project' });
  });

  it('makes a safe citation key from the record id', () => {
    const bib = reportToBibTeX(report({ id: 'odd id,{x}' }), ctx);
    expect(bib.startsWith('@article{odd-id-x-,')).toBe(true);
  });

  it('notes the translation, the mirror, an inferred date and our record', () => {
    const relayed = report(
      { published: '2016-05', published_inferred: true },
      { title: '제목', title_en: 'The headline', via: 'UPI (reporting Radio Free Asia)', language: 'ko' },
    );
    const [item] = parse(reportToBibTeX(relayed, ctx));
    expect(item?.note).toBe(
      'English title (dataset translation): “The headline”. Read via UPI (reporting Radio Free Asia). Publication date inferred. ' +
        'Summarised in the dataset North Korean workers in Liaoning and Jilin (version 2026.12.02), record test-2020-04-dandong-textile, ' +
        'https://example.org/reports/test-2020-04-dandong-textile',
    );
    expect(item?.title).toBe('제목');
  });
});

describe('RIS', () => {
  it('writes one-line fields, dates at their precision, and ends the record', () => {
    const ris = reportToRis(report({ published: '2020-04' }, { title: 'Line one\nline two' }), ctx);
    expect(ris.split('\r\n')).toEqual([
      'TY  - NEWS',
      'ID  - test-2020-04-dandong-textile',
      'TI  - Line one line two',
      'T2  - Daily NK',
      'PY  - 2020',
      'DA  - 2020/04//',
      'Y2  - 2026/11/30/',
      'UR  - https://www.dailynk.com/english/example/',
      'LA  - en',
      'N1  - Summarised in the dataset North Korean workers in Liaoning and Jilin (version 2026.12.02), record test-2020-04-dandong-textile, https://example.org/reports/test-2020-04-dandong-textile',
      'ER  - ',
      '',
    ]);
    expect(reportToRis(report({ published: '2020-04-07' }), ctx)).toContain('DA  - 2020/04/07/');
    expect(reportToRis(report({ published: '2020' }), ctx)).toContain('DA  - 2020///');
  });

  it('keeps specials and CJK as they are', () => {
    const [item] = parse(reportToRis(tricky, ctx));
    expect(item?.title).toBe(tricky.source.title);
    expect(item?.URL).toBe(tricky.source.url);
  });

  it('handles undated and untitled reports', () => {
    const odd = report({ published: undefined }, { title: undefined, description: 'Photo caption: waitresses' });
    const ris = reportToRis(odd, ctx);
    expect(ris).not.toMatch(/^(PY|DA) {2}- /m);
    const [item] = parse(ris);
    expect(item?.title).toBe('[Untitled; dataset description: Photo caption: waitresses]');
    expect(item?.issued).toBeUndefined();
  });

  it('types reports and government documents', () => {
    expect(reportToRis(report({}, { kind: 'ngo' }), ctx)).toMatch(/^TY {2}- RPRT\r\n(.*\r\n)*PB {2}- Daily NK\r\n/);
    expect(reportToRis(report({}, { kind: 'government' }), ctx)).toMatch(/^TY {2}- GOVDOC\r\n/);
  });
});

describe('CSL-JSON', () => {
  it('fills type, title, container, dates at precision, language and the note', () => {
    const item = reportToCsl(report({ published: '2020-04' }, { language: 'ko', title: '단둥' }), ctx);
    expect(item).toEqual({
      id: 'test-2020-04-dandong-textile',
      'citation-key': 'test-2020-04-dandong-textile',
      type: 'article-newspaper',
      title: '단둥',
      'container-title': 'Daily NK',
      URL: 'https://www.dailynk.com/english/example/',
      issued: { 'date-parts': [[2020, 4]] },
      accessed: { 'date-parts': [[2026, 11, 30]] },
      language: 'ko',
      note: 'Summarised in the dataset North Korean workers in Liaoning and Jilin (version 2026.12.02), record test-2020-04-dandong-textile, https://example.org/reports/test-2020-04-dandong-textile',
    });
    expect(reportToCsl(report({ published: undefined }), ctx).issued).toBeUndefined();
    expect(reportToCsl(report({}, { kind: 'government' }), ctx)).toMatchObject({
      type: 'report',
      publisher: 'Daily NK',
      genre: 'Government publication',
    });
  });
});

describe('APA and Chicago', () => {
  const rfa = report(
    { id: 'rfa-2020-04-dandong-restaurants-garment-reopen', published: '2020-04-17' },
    {
      outlet: 'Radio Free Asia',
      title: '중국 단동 소재 북 식당·의류공장 영업 재개',
      title_en: 'North Korean restaurants and garment factories in Dandong, China resume business',
      url: 'https://www.rfa.org/korean/in_focus/food_international_org/dandongnkworker-04172020091429.html',
      language: 'ko',
    },
  );

  it('formats a dated foreign-language news report', () => {
    expect(formatApa(rfa)).toBe(
      '중국 단동 소재 북 식당·의류공장 영업 재개 [North Korean restaurants and garment factories in Dandong, China resume business]. ' +
        '(2020, April 17). Radio Free Asia. https://www.rfa.org/korean/in_focus/food_international_org/dandongnkworker-04172020091429.html',
    );
    expect(formatChicago(rfa)).toBe(
      'Radio Free Asia. “중국 단동 소재 북 식당·의류공장 영업 재개” [North Korean restaurants and garment factories in Dandong, China resume business]. ' +
        'April 17, 2020. https://www.rfa.org/korean/in_focus/food_international_org/dandongnkworker-04172020091429.html.',
    );
  });

  it('writes dates at their precision, brackets an inferred date in Chicago, and n.d. when undated', () => {
    expect(formatApa(report({ published: '2020-04' }))).toBe(
      'A headline. (2020, April). Daily NK. https://www.dailynk.com/english/example/',
    );
    expect(formatApa(report({ published: '2020' }))).toContain('(2020).');
    expect(formatChicago(report({ published: '2020-04', published_inferred: true }))).toBe(
      'Daily NK. “A headline.” [April 2020]. https://www.dailynk.com/english/example/.',
    );
    const undated = report({ published: undefined });
    expect(formatApa(undated)).toBe('A headline. (n.d.). Daily NK. https://www.dailynk.com/english/example/');
    expect(formatChicago(undated)).toBe(
      'Daily NK. “A headline.” n.d. Accessed November 30, 2026. https://www.dailynk.com/english/example/.',
    );
  });

  it('adds no full stop after a question, and keeps our description of an untitled report bracketed', () => {
    const question = report({}, { title: 'Will repatriation unlock it?' });
    expect(formatApa(question)).toMatch(/^Will repatriation unlock it\? \(2020, April 17\)\./);
    expect(formatChicago(question)).toContain('“Will repatriation unlock it?” April 17, 2020.');
    const untitled = report({}, { title: undefined, description: 'Photo caption' });
    expect(formatApa(untitled)).toMatch(/^\[Untitled; dataset description: Photo caption\]\. \(2020, April 17\)\./);
    expect(formatChicago(untitled)).toBe(
      'Daily NK. [Untitled; dataset description: Photo caption]. April 17, 2020. https://www.dailynk.com/english/example/.',
    );
  });

  it('names the mirror a relayed report was read on, and does not quote a report title in Chicago', () => {
    const relayed = report({}, { via: 'UPI (reporting Radio Free Asia)' });
    expect(formatApa(relayed)).toContain('Daily NK. Read via UPI (reporting Radio Free Asia). https://');
    const ngo = report({}, { kind: 'ngo', outlet: 'The Outlaw Ocean Project', title: 'The North Koreans' });
    expect(formatChicago(ngo)).toBe(
      'The Outlaw Ocean Project. The North Koreans. April 17, 2020. https://www.dailynk.com/english/example/.',
    );
  });
});

describe('the dataset and a view of it', () => {
  it('cites the dataset in every format', () => {
    const cited = citeDataset({ version: '2026.12.02', url: SITE });
    expect(cited.apa).toBe(
      'North Korean workers in Liaoning and Jilin (Version 2026.12.02) [Data set]. (2026). https://example.org',
    );
    expect(cited.chicago).toBe(
      'North Korean workers in Liaoning and Jilin. Dataset, version 2026.12.02. December 2, 2026. https://example.org.',
    );
    expect(cited.csl).toMatchObject({
      type: 'dataset',
      version: '2026.12.02',
      issued: { 'date-parts': [[2026, 12, 2]] },
    });
    const [fromBib] = parse(cited.bibtex);
    expect(fromBib).toMatchObject({ type: 'dataset', title: 'North Korean workers in Liaoning and Jilin', URL: SITE });
    expect(issuedYear(fromBib ?? {})).toBe(2026);
    const [fromRis] = parse(cited.ris);
    expect(fromRis).toMatchObject({ title: 'North Korean workers in Liaoning and Jilin', URL: SITE });
  });

  it('cites a view by its deep link and its filters in words', () => {
    const viewUrl = `${SITE}/regions/dandong?sector=textile&from=2020&to=2022`;
    const cited = citeDataset({
      version: '2026.12.02',
      url: SITE,
      viewUrl,
      filtersInWords: 'Dandong; textile; 2020–2022',
    });
    expect(cited.apa).toBe(
      `North Korean workers in Liaoning and Jilin (Version 2026.12.02) [Data set; view: Dandong; textile; 2020–2022]. (2026). ${viewUrl}`,
    );
    expect(cited.chicago).toBe(
      `North Korean workers in Liaoning and Jilin. Dataset, version 2026.12.02, view: Dandong; textile; 2020–2022. December 2, 2026. ${viewUrl}.`,
    );
    expect(cited.csl.URL).toBe(viewUrl);
    expect(cited.csl.note).toBe(`View: Dandong; textile; 2020–2022. Dataset: ${SITE}`);
    const [fromBib] = parse(cited.bibtex);
    expect(fromBib?.URL).toBe(viewUrl);
    expect(fromBib?.note).toBe(`View: Dandong; textile; 2020–2022. Dataset: ${SITE}`);
    expect(parse(cited.ris)[0]?.URL).toBe(viewUrl);
  });

  it('leaves the date out when the version is not a date', () => {
    const cited = citeDataset({ version: 'draft', url: SITE });
    expect(cited.apa).toContain('(n.d.)');
    expect(cited.csl.issued).toBeUndefined();
    expect(cited.bibtex).not.toContain('year');
  });
});

describe('the real dataset, read back by Citation.js', () => {
  const dataset = getDataset();
  const realCtx: CitationContext = { ...ctx, version: datasetVersion(dataset) };

  // The works cited, by the test's own grouping: records sharing a source URL are one article.
  const works: Report[][] = [];
  for (const item of dataset.reports) {
    const work = works.find((group) => group[0]?.source.url === item.source.url);
    if (work) work.push(item);
    else works.push([item]);
  }
  const parts = (date: string) => date.split('-').map(Number);

  /** Each work comes back once, in order, with its title, URL, date (at `precision`) and access date. */
  function expectRoundTrip(
    parsed: CslOut[],
    url: (item: Report) => string,
    issued: (item: Report) => number[] | undefined = (item) =>
      item.published === undefined ? undefined : parts(item.published),
  ) {
    expect(parsed).toHaveLength(works.length);
    parsed.forEach((item, index) => {
      const group = works[index] ?? [];
      const original = group[0];
      expect(original).toBeDefined();
      if (!original) return;
      const where = `record ${original.id}`;
      expect(item.title, where).toBe(citationTitle(original.source).replace(/\s+/g, ' ').trim());
      expect(item.URL, where).toBe(url(original));
      const expectedDate = issued(original);
      expect(item.issued, where).toEqual(expectedDate ? { 'date-parts': [expectedDate] } : undefined);
      expect(item.accessed, where).toEqual({ 'date-parts': [parts(original.checked.date)] });
      // Every record of the work is named in the note with its own page.
      const note = String(item.note).replace(/\\url\{([^}]*)\}/g, '$1');
      for (const record of group) expect(note, where).toContain(`${record.id}, ${SITE}/reports/${record.id}`);
    });
  }

  it('cites an article split into several records once, naming every record', () => {
    const split = works.find((group) => group.length > 1) ?? [];
    expect(split.length).toBeGreaterThan(1);
    const [item] = parse(toRIS(split, realCtx));
    expect(String(item?.note)).toContain(
      `as ${split.length} records: ${split[0]?.id}, ${SITE}/reports/${split[0]?.id}; `,
    );
    expect(parse(toBibTeX(split, realCtx))).toHaveLength(1);
    expect(JSON.parse(toCslJson(split, realCtx))).toHaveLength(1);
  });

  it('BibTeX: every work’s title, URL, full date (or none) and access date come back', () => {
    const bib = toBibTeX(dataset.reports, realCtx);
    for (const entry of bib.split(/\n(?=@)/)) expect(bracesBalance(entry)).toBe(true);
    const parsed = parse(bib);
    expectRoundTrip(parsed, (item) => bibtexUrl(item.source.url));
    // The ASCII form of a URL is the same address.
    for (const item of dataset.reports)
      expect(new URL(bibtexUrl(item.source.url)).href).toBe(new URL(item.source.url).href);
  });

  it('RIS: every work’s title, URL, date (or none) and access date come back', () => {
    // Citation.js reads a news item's or a government document's date from PY alone (its table of the RIS
    // specification), so for those only the year comes back; reports keep the full date (DA).
    expectRoundTrip(
      parse(toRIS(dataset.reports, realCtx)),
      (item) => item.source.url,
      (item) =>
        item.published === undefined
          ? undefined
          : item.source.kind === 'news' || item.source.kind === 'government'
            ? [Number(item.published.slice(0, 4))]
            : parts(item.published),
    );
  });

  it('CSL-JSON: every work’s title, URL, full date (or none) and access date come back, and citeproc renders every item', () => {
    const json = toCslJson(dataset.reports, realCtx);
    const cite = new Cite(json);
    expectRoundTrip(cite.data, (item) => item.source.url);
    const rendered = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    const entries = rendered.trim().split('\n');
    expect(entries).toHaveLength(works.length);
    for (const item of dataset.reports) expect(rendered).toContain(item.source.url);
  }, 60_000); // every record through citeproc: seconds on a busy two-core machine

  it('is deterministic: the same data gives the same bytes', () => {
    expect(toBibTeX(dataset.reports, realCtx)).toBe(toBibTeX(dataset.reports, realCtx));
    expect(toRIS(dataset.reports, realCtx)).toBe(toRIS(dataset.reports, realCtx));
    expect(toCslJson(dataset.reports, realCtx)).toBe(toCslJson(dataset.reports, realCtx));
    const first = dataset.reports[0];
    if (first) expect(citeReport(first, realCtx)).toEqual(citeReport(first, realCtx));
  });

  it('formats every record in APA and Chicago with its URL and its date or n.d.', () => {
    for (const item of dataset.reports) {
      const apa = formatApa(item);
      const chicago = formatChicago(item);
      expect(apa.endsWith(item.source.url), item.id).toBe(true);
      expect(chicago.endsWith(`${item.source.url}.`), item.id).toBe(true);
      if (item.published === undefined) {
        expect(apa).toContain('(n.d.)');
        expect(chicago).toContain(' n.d. ');
      } else {
        expect(apa).toContain(`(${item.published.slice(0, 4)}`);
      }
    }
  });
});

describe('downloadFileName', () => {
  it('names a download after the view', () => {
    expect(downloadFileName({ region: 'dandong', sectors: ['textile'], from: '2020', to: '2022' }, 'csv')).toBe(
      'nk-workers_dandong_textile_2020-2022.csv',
    );
    expect(downloadFileName({ region: null, sectors: [], from: null, to: null }, 'csv')).toBe('nk-workers_all.csv');
    expect(downloadFileName({ sectors: [] }, '.bib')).toBe('nk-workers_all.bib');
    expect(downloadFileName({ sectors: ['textile', 'seafood'] }, 'ris')).toBe('nk-workers_textile+seafood.ris');
    expect(downloadFileName({ region: 'yanbian', sectors: [], from: '2020' }, 'csv')).toBe(
      'nk-workers_yanbian_from-2020.csv',
    );
    expect(downloadFileName({ sectors: ['it'], to: '2019' }, 'geojson')).toBe('nk-workers_it_to-2019.geojson');
    expect(downloadFileName({ sectors: [], from: '2020-01', to: '2020-12' }, 'csl.json')).toBe(
      'nk-workers_2020-01--2020-12.csl.json',
    );
    expect(downloadFileName({ sectors: [], from: '2020', to: '2020' }, 'csv')).toBe('nk-workers_2020.csv');
  });

  it('names every active filter: conditions, sourcing and the baseline of a comparison too', () => {
    expect(
      downloadFileName(
        {
          region: 'dandong',
          sectors: ['textile'],
          conditions: ['below-capacity', 'closed'],
          confidence: ['official-document'],
          from: '2020',
          to: '2022',
          compare: { from: '2017', to: '2019' },
        },
        'csv',
      ),
    ).toBe('nk-workers_dandong_textile_below-capacity+closed_official-document_2020-2022_vs-2017-2019.csv');
    expect(downloadFileName({ sectors: [], conditions: ['unrest'] }, 'csv')).toBe('nk-workers_unrest.csv');
  });

  it('keeps only safe characters', () => {
    expect(downloadFileName({ region: 'Jilin City/../x', sectors: ['a b', 'a b', '***'] }, 'C S V')).toBe(
      'nk-workers_jilin-city-x_a-b.csv',
    );
  });
});

describe('siteCitationContext', () => {
  it('links a record to its own page on the published site', () => {
    const ctx = siteCitationContext('2026.12.02', 'https://example.org');
    expect(ctx.deepLink('dailynk-2020-04-stays-extended')).toBe(
      'https://example.org/reports/dailynk-2020-04-stays-extended',
    );
    expect(ctx.version).toBe('2026.12.02');
  });
});
