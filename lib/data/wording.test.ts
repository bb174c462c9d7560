import { describe, expect, it } from 'vitest';
import { getDataset } from './dataset';
import { repeatsTitle, sharedRuns } from './wording';

describe('copied wording', () => {
  it('finds a run of eight shared words, whatever the case and punctuation', () => {
    const texts = [
      { id: 'a', text: 'Workers at the plant said that orders had fallen sharply in May.' },
      { id: 'b', text: 'A source: “workers at the plant said that orders had fallen” again.' },
      { id: 'c', text: 'Workers at the plant said orders fell.' },
    ];
    expect(sharedRuns(texts)).toEqual([{ first: 'a', second: 'b', run: 'workers at the plant said that orders had' }]);
  });

  it('finds a summary that repeats its headline', () => {
    expect(
      repeatsTitle(
        'Daily NK said North Korea orders workers to stay, citing sources.',
        'North Korea orders workers to stay',
      ),
    ).toBe(true);
    expect(repeatsTitle('A short title inside.', 'Short title')).toBe(false);
  });

  it('no two summaries in the dataset share a run of eight words, and none repeats its title', () => {
    const { reports } = getDataset();
    expect(sharedRuns(reports.map((report) => ({ id: report.id, text: report.summary })))).toEqual([]);
    expect(
      reports.filter((report) => repeatsTitle(report.summary, report.source.title)).map((report) => report.id),
    ).toEqual([]);
  });
});
