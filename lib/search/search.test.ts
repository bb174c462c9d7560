import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { places } from '@/lib/data/places';
import { regions } from '@/lib/data/regions';
import { testReport } from '@/lib/data/test-report';
import {
  buildSearchIndex,
  loadSearchIndex,
  MAX_HITS,
  search,
  type SearchHit,
  serializeSearchIndex,
  tokenize,
} from './search';
import { searchTerms } from './search-terms';
import vocabulary from '@/data/i18n/vocabulary.json' with { type: 'json' };

const { reports } = getDataset();
const built = buildSearchIndex({ regions, places, reports, terms: searchTerms() });
// Every test searches the index as the browser gets it: serialised, then loaded.
const index = loadSearchIndex(serializeSearchIndex(built));
const first = (query: string): SearchHit | undefined => search(index, query)[0];

describe('tokenize', () => {
  it('cuts CJK runs into the whole run and its character pairs', () => {
    expect(tokenize('丹东市')).toEqual(['丹东市', '丹东', '东市']);
    expect(tokenize('단둥에서')).toEqual(['단둥에서', '단둥', '둥에', '에서']);
    expect(tokenize('丹')).toEqual(['丹']);
  });

  it('folds case, accents, apostrophes and hyphens in Latin words, and drops stop words', () => {
    expect(tokenize("Ji'an")).toEqual(['jian']);
    expect(tokenize('Tan-tung')).toEqual(['tantung', 'tan', 'tung']);
    expect(tokenize('Lü-ta')).toEqual(['luta']);
    expect(tokenize("Workers of Dandong's factories")).toEqual(['workers', 'dandong', 'factories']);
  });

  it('cuts a mixed text by script', () => {
    expect(tokenize('Dandong 丹东 단둥')).toEqual(['dandong', '丹东', '단둥']);
  });
});

describe('search', () => {
  it('finds Dandong first in every script and older spelling', () => {
    for (const query of [
      '단둥',
      '단동',
      '丹东',
      '丹東',
      'Tantung',
      'Tan-tung',
      'Antung',
      'Dandong',
      'dandong',
      'dand',
    ]) {
      expect(first(query), query).toMatchObject({ kind: 'region', slug: 'dandong' });
    }
  });

  it('says which alternative name matched, and none when the main name did', () => {
    expect(first('丹東')).toMatchObject({ also: '丹東' });
    expect(first('Tantung')).toMatchObject({ also: 'Tan-tung' });
    expect(first('Dandong')).toMatchObject({ also: null });
  });

  it('finds older names: Mukden is Shenyang, Yenki is Yanji in Yanbian, Kirin is Jilin', () => {
    expect(first('Mukden')).toMatchObject({ kind: 'region', slug: 'shenyang', also: 'Mukden' });
    expect(first('Yenki')).toMatchObject({ kind: 'place', name: 'Yanji', slug: 'yanbian', also: 'Yenki' });
    expect(search(index, 'Kirin').map((hit) => hit.slug)).toEqual(['jilin', 'jilin-city']);
  });

  it('finds towns as places that open their prefecture, at their point', () => {
    const yanji = places.find((place) => place.name_en === 'Hunchun');
    expect(first('Hunchun')).toEqual(
      expect.objectContaining({ kind: 'place', name: 'Hunchun', slug: 'yanbian', lon: yanji?.lon, lat: yanji?.lat }),
    );
    expect(first('훈춘')).toMatchObject({ kind: 'place', name: 'Hunchun' });
    for (const query of ["Ji'an", 'Jian', '集安', '지안', '집안'])
      expect(first(query), query).toMatchObject({ kind: 'place', name: "Ji'an", slug: 'tonghua' });
    expect(first('Donggang')).toMatchObject({ kind: 'place', slug: 'dandong' });
  });

  it('puts every region first for its own name in English, Chinese and Korean', () => {
    for (const region of regions) {
      for (const query of [region.name_en, region.name_zh, region.name_ko])
        expect(first(query), query).toMatchObject({ kind: 'region', slug: region.slug });
    }
  });

  it('puts every town first for its own name, before the reports that mention it', () => {
    for (const place of places.filter((candidate) => candidate.rank === 2)) {
      for (const query of [place.name_en, place.name_zh, place.name_ko])
        expect(first(query), query).toMatchObject({ kind: 'place', name: place.name_en, slug: place.region });
    }
  });

  it('finds a report by a word of its title that no other document has, and opens it in its first region', () => {
    const titleWords = (text: string) => tokenize(text).filter((term) => /^[a-z]{6,}$/.test(term));
    const allText = (report: (typeof reports)[number]) =>
      [report.source.title, report.source.title_en, report.source.description, report.source.outlet, report.summary]
        .filter((text) => text !== undefined)
        .join(' ');
    const counts = new Map<string, number>();
    for (const report of reports)
      for (const term of new Set(tokenize(allText(report)))) counts.set(term, (counts.get(term) ?? 0) + 1);
    const report = reports.find((candidate) =>
      titleWords(candidate.source.title_en ?? candidate.source.title ?? '').some((term) => counts.get(term) === 1),
    );
    const word = titleWords(report?.source.title_en ?? report?.source.title ?? '').find(
      (term) => counts.get(term) === 1,
    );
    if (!report || !word) throw new Error('no report title has a word of its own');
    expect(first(word)).toMatchObject({ kind: 'report', id: report.id, slug: report.places[0]?.region });
  });

  it('labels a report with its headline (or our English for it) and its outlet and date', () => {
    const report = reports.find((candidate) => candidate.source.title_en !== undefined && candidate.published);
    if (!report?.source.title_en) throw new Error('no translated headline');
    const hit = search(index, report.source.title_en, 50).find((candidate) => candidate.key === `report:${report.id}`);
    expect(hit).toMatchObject({ label: report.source.title_en, lang: 'en' });
    expect(hit?.kind === 'report' && hit.outlet === report.source.outlet).toBe(true);
    expect(hit?.kind === 'report' && hit.published === (report.published ?? null)).toBe(true);
  });

  it('returns nothing for an empty query or stop words', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   the of ')).toEqual([]);
  });

  it('rejects a file that is not a search index', () => {
    expect(() => loadSearchIndex('{}')).toThrow();
    expect(() => loadSearchIndex('not json')).toThrow();
  });
});

/*
 * Ranking and the cap, on an index whose answers the test knows: the real regions and places, and reports whose
 * titles are made-up words found nowhere else (the builder's summary and outlet share no word with the queries).
 */
describe('search over reports of known titles', () => {
  const FILLERS = ['alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo'];
  // "Wombatix" and n filler words: the same word in a longer title scores lower, so crowd-00 ranks first.
  const crowd = [0, ...FILLERS.map((_, n) => n + 1)].map((n) =>
    testReport({
      id: `crowd-${String(n).padStart(2, '0')}`,
      source: { title: ['Wombatix', ...FILLERS.slice(0, n)].join(' ') },
    }),
  );
  const known = [
    testReport({ id: 'both-words', source: { title: 'Zebrafoo Quokkabar harbour' } }),
    testReport({ id: 'first-word', source: { title: 'Zebrafoo' } }),
    testReport({ id: 'second-word', source: { title: 'Quokkabar' } }),
    testReport({ id: 'about-dandong', source: { title: 'Dandong seafood plant' } }),
    ...crowd,
  ];
  // Untagged: the test reports' default place (Dandong) and terms would match the queries below.
  const untagged = known.map((report) => ({ ...report, places: [] }));
  const small = loadSearchIndex(
    serializeSearchIndex(
      buildSearchIndex({ regions, places, reports: untagged, terms: { sectors: {}, conditions: {} } }),
    ),
  );
  const keys = (query: string, limit?: number) => search(small, query, limit).map((hit) => hit.key);

  it('lists only the documents with every word while any has them all, and falls back to any word', () => {
    // first-word and second-word each hold one of the words, in a shorter title: all words still win.
    expect(keys('Zebrafoo Quokkabar')).toEqual(['report:both-words']);
    // The region outranks the report on "Dandong" alone, but has no "seafood".
    expect(keys('Dandong')).toEqual(['region:dandong', 'report:about-dandong']);
    expect(keys('Dandong seafood')).toEqual(['report:about-dandong']);
    // No document has "Xqzvvy": any word will do, the shorter title first.
    expect(keys('Zebrafoo Xqzvvy')).toEqual(['report:first-word', 'report:both-words']);
  });

  it('returns exactly MAX_HITS hits, the best ones in order, when more documents match', () => {
    const expected = crowd.map((report) => `report:${report.id}`);
    expect(expected.length).toBeGreaterThan(MAX_HITS);
    expect(keys('Wombatix', 50)).toEqual(expected);
    expect(keys('Wombatix')).toEqual(expected.slice(0, MAX_HITS));
    expect(keys('wombat')).toEqual(expected.slice(0, MAX_HITS));
  });
});

describe('reports by their places and terms, in every language', () => {
  const reportIds = (query: string) =>
    new Set(search(index, query, 10_000).flatMap((hit) => (hit.kind === 'report' ? [hit.id] : [])));
  const inDandong = reports.filter((report) => report.places.some((place) => place.region === 'dandong'));

  it('finds every textile report in Dandong with "Dandong textile"', () => {
    const expected = inDandong.filter((report) => report.sectors.includes('textile')).map((report) => report.id);
    expect(expected.length).toBeGreaterThan(3);
    const found = reportIds('Dandong textile');
    for (const id of expected) expect(found, id).toContain(id);
  });

  it("finds a place's reports in each script: Dandong, 丹东, 단둥", () => {
    for (const query of ['Dandong', '丹东', '단둥']) {
      const found = reportIds(query);
      for (const report of inDandong) expect(found, `${query}: ${report.id}`).toContain(report.id);
    }
  });

  it("finds a condition's reports by its name in English, Korean and Chinese", () => {
    const expected = reports.filter((report) => report.conditions.includes('unpaid-wages')).map((report) => report.id);
    const names = [
      'unpaid wages',
      vocabulary.ko.conditions['unpaid-wages'].label,
      vocabulary.zh.conditions['unpaid-wages'].label,
    ];
    for (const query of names) {
      const found = reportIds(query);
      for (const id of expected) expect(found, `${query}: ${id}`).toContain(id);
    }
  });

  it('finds a sector by its Korean and Chinese names', () => {
    const expected = reports.filter((report) => report.sectors.includes('seafood')).map((report) => report.id);
    for (const query of [vocabulary.ko.sectors.seafood.label, vocabulary.zh.sectors.seafood.label]) {
      const found = reportIds(query);
      for (const id of expected) expect(found, `${query}: ${id}`).toContain(id);
    }
  });
});
