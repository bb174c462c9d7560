import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { regions } from '@/lib/data/regions';
import { DEFAULT_STATE } from '@/lib/view/view-state';
import { serverTranslators } from './catalogues';
import type { Locale } from './locales';
import {
  describeView,
  describeViewSources,
  formatObservedDate,
  formatReportDate,
  joinList,
  placeLabel,
  previewText,
  regionName,
} from './text';
import { localizedVocabularies } from './vocabulary';

const i18n = (locale: Locale) => ({ locale, t: serverTranslators(locale).ui });
const dandong = regions.find((region) => region.slug === 'dandong') ?? null;

describe('describeViewSources', () => {
  it('says how many, over which years and how many rest on the outlets’ own reporting, in three languages', () => {
    const shown = { total: 31, span: { first: 2001, last: 2026 }, own: 24 };
    expect(describeViewSources(i18n('en'), shown)).toBe('31 reports, 2001–2026, 24 from the outlets’ own reporting');
    expect(describeViewSources(i18n('ko'), shown)).toBe('보도 31건, 2001년~2026년, 그중 24건은 매체의 자체 취재');
    expect(describeViewSources(i18n('zh'), shown)).toBe('31篇报道，2001年至2026年，其中24篇出自媒体本身的采访报道');
    // One year is named once; with nothing dated the years are left out rather than invented.
    expect(describeViewSources(i18n('en'), { total: 1, span: { first: 2020, last: 2020 }, own: 0 })).toBe(
      '1 report, 2020, 0 from the outlets’ own reporting',
    );
    expect(describeViewSources(i18n('en'), { total: 2, span: null, own: 1 })).toBe(
      '2 reports, 1 from the outlet’s own reporting',
    );
  });
});

describe('describeView', () => {
  it('says what is shown, never "All reports" under a filter', () => {
    const vocabulary = getDataset();
    expect(describeView(i18n('en'), DEFAULT_STATE, vocabulary, null)).toBe('Reports in Liaoning and Jilin');
    expect(
      describeView(
        i18n('en'),
        { ...DEFAULT_STATE, sectors: ['textile'], from: '2020', to: '2020' },
        vocabulary,
        dandong,
      ),
    ).toBe('Textile reports in Dandong, 2020');
    expect(
      describeView(
        i18n('en'),
        { ...DEFAULT_STATE, sectors: ['textile', 'assembly'], conditions: ['reopened', 'closed'], from: '2020-03' },
        vocabulary,
        dandong,
      ),
    ).toBe('Reports on Textile, Assembly in Dandong, Reopened or Closed, from Mar 2020');
  });

  it('says "Reports naming no sector" for "Sector not stated" alone, and lists it with others', () => {
    const vocabulary = getDataset();
    expect(describeView(i18n('en'), { ...DEFAULT_STATE, sectors: ['unstated'] }, vocabulary, dandong)).toBe(
      'Reports naming no sector in Dandong',
    );
    expect(describeView(i18n('en'), { ...DEFAULT_STATE, sectors: ['other', 'unstated'] }, vocabulary, dandong)).toBe(
      'Reports on Other, Sector not stated in Dandong',
    );
    expect(
      describeView(i18n('ko'), { ...DEFAULT_STATE, sectors: ['unstated'] }, localizedVocabularies('ko'), dandong),
    ).toContain('업종을 밝히지 않은 보도');
  });

  it('says it in Korean and Chinese, with the labels and names of the language', () => {
    const view = {
      ...DEFAULT_STATE,
      sectors: ['textile'],
      conditions: ['reopened', 'closed'],
      from: '2020',
      to: '2021',
    };
    expect(describeView(i18n('ko'), view, localizedVocabularies('ko'), dandong)).toBe(
      '단둥의 섬유·봉제 보도, 영업 재개 또는 폐업·휴업, 2020년~2021년',
    );
    expect(describeView(i18n('zh'), view, localizedVocabularies('zh'), dandong)).toBe(
      '丹东的纺织服装报道，重新开业或关闭，2020年至2021年',
    );
    expect(describeView(i18n('zh'), DEFAULT_STATE, localizedVocabularies('zh'), null)).toBe('辽宁和吉林的报道');
  });
});

describe('lists, dates and places', () => {
  it('joins lists with the language’s pattern', () => {
    expect(joinList(i18n('en'), ['a', 'b', 'c'], 'and')).toBe('a, b and c');
    expect(joinList(i18n('en'), ['a', 'b', 'c'], 'or')).toBe('a or b or c');
    expect(joinList(i18n('zh'), ['甲', '乙', '丙'], 'comma')).toBe('甲、乙、丙');
    expect(joinList(i18n('ko'), ['가'], 'and')).toBe('가');
    expect(joinList(i18n('ko'), [], 'and')).toBe('');
  });

  it('writes report dates, saying when one was inferred', () => {
    expect(formatReportDate(i18n('en'), { published: '2020-04', published_inferred: true })).toBe(
      'Apr 2020 (date inferred)',
    );
    expect(formatReportDate(i18n('ko'), { published: '2020-04-07' })).toBe('2020년 4월 7일');
    expect(formatReportDate(i18n('zh'), {})).toBe('日期不详');
  });

  it('writes a range of the time described as "between … and … (uncertain)", in three languages', () => {
    expect(formatObservedDate(i18n('en'), '2016-07..2018-01')).toBe('between Jul 2016 and Jan 2018 (uncertain)');
    expect(formatObservedDate(i18n('ko'), '2016-07..2018-01')).toBe('2016년 7월에서 2018년 1월 사이 (불확실)');
    expect(formatObservedDate(i18n('zh'), '2016-07..2018-01')).toBe('2016年7月至2018年1月之间（不确定）');
    expect(formatObservedDate(i18n('en'), '2014..2016')).toBe('between 2014 and 2016 (uncertain)');
    expect(formatObservedDate(i18n('en'), '2016-03')).toBe('Mar 2016');
  });

  it('says how precisely a place is known', () => {
    expect(placeLabel(i18n('en'), { region: 'liaoning', precision: 'province' }, 'Liaoning')).toBe(
      'Liaoning (province-wide)',
    );
    const donggang = {
      region: 'dandong',
      name: 'Donggang',
      lon: 124.15,
      lat: 39.86,
      precision: 'city',
      inferred: true,
    };
    expect(placeLabel(i18n('en'), { ...donggang, precision: 'city' }, 'Donggang')).toBe('Donggang (city, inferred)');
    expect(placeLabel(i18n('ko'), { ...donggang, precision: 'city' }, 'Donggang')).toBe('Donggang (도시, 추정)');
  });

  it('names regions in the language, and the static map links to the page in that language', () => {
    if (!dandong) throw new Error('no Dandong');
    expect([regionName(dandong, 'en'), regionName(dandong, 'ko'), regionName(dandong, 'zh')]).toEqual([
      'Dandong',
      '단둥',
      '丹东',
    ]);
    const text = previewText(i18n('ko'), new Map([['dandong', dandong]]));
    expect(text.name('dandong', 'Dandong')).toBe('단둥');
    expect(text.label('단둥', 3)).toBe('단둥: 보도 3건');
    expect(text.href('dandong')).toBe('/ko/regions/dandong');
    expect(previewText(i18n('en'), new Map()).label('Dandong', 1)).toBe('Dandong: 1 report');
  });
});
