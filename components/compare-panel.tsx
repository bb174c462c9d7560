import { changeClass, changeColour, describeComparison, type Comparison } from '@/lib/compare';
import type { Condition, Region, Sector, Tone } from '@/lib/schema';
import { tones } from '@/lib/vocabulary';
import { TONE_LABELS, ToneDot } from './tone-dot';

type ComparePanelProps = {
  comparison: Comparison;
  region: Region | null;
  regions: readonly Region[];
  sectors: readonly Sector[];
  conditionsByKey: ReadonlyMap<string, Condition>;
};

function months(period: Comparison['baseline']['period']): number {
  const index = (value: string, end: boolean) =>
    Number(value.slice(0, 4)) * 12 + (value.length > 4 ? Number(value.slice(5, 7)) - 1 : end ? 11 : 0);
  return index(period.to, true) - index(period.from, false) + 1;
}

function Change({ value }: { value: number }) {
  return <td className="py-0.5 text-right tabular-nums">{value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0'}</td>;
}

/**
 * The two periods side by side for the region in view (or both provinces): counts by sector and by condition tone,
 * the change, the conditions that appear or disappear, and every prefecture's change as a table (the map's
 * diverging shading, in words).
 */
export function ComparePanel({ comparison, region, regions, sectors, conditionsByKey }: ComparePanelProps) {
  const { baseline, focus } = comparison;
  const place = region?.name_en ?? 'Liaoning and Jilin';
  const sectorRows = sectors.filter(
    (sector) => (baseline.bySector[sector.key] ?? 0) > 0 || (focus.bySector[sector.key] ?? 0) > 0,
  );
  const toneRows = tones.filter((tone: Tone) => baseline.byTone[tone] > 0 || focus.byTone[tone] > 0);
  const prefectureRows = regions
    .filter((candidate) => candidate.level === 'prefecture')
    .map((candidate) => ({
      region: candidate,
      counts: comparison.prefectures[candidate.slug] ?? { baseline: 0, focus: 0 },
    }))
    .filter(({ counts }) => counts.baseline > 0 || counts.focus > 0)
    .sort((a, b) => b.counts.focus - b.counts.baseline - (a.counts.focus - a.counts.baseline));
  const unequal = months(baseline.period) !== months(focus.period);
  const conditionName = (key: string) => conditionsByKey.get(key)?.label ?? key;
  const header = (
    <thead>
      <tr className="border-b border-gray-300 text-left text-xs text-gray-700">
        <th scope="col" className="py-0.5 font-medium" />
        <th scope="col" className="py-0.5 text-right font-medium">
          {baseline.label}
        </th>
        <th scope="col" className="py-0.5 text-right font-medium">
          {focus.label}
        </th>
        <th scope="col" className="py-0.5 text-right font-medium">
          Change
        </th>
      </tr>
    </thead>
  );

  return (
    <section
      aria-labelledby="compare-heading"
      className="rounded-lg border border-gray-200 bg-white p-3 text-sm"
      data-testid="compare-panel"
    >
      <h2 id="compare-heading" className="font-semibold text-gray-900">
        {describeComparison(place, comparison)}
      </h2>
      {unequal && (
        <p className="mt-0.5 text-xs text-gray-700">
          The periods differ in length ({months(baseline.period)} and {months(focus.period)} months): compare counts
          with care.
        </p>
      )}
      <table className="mt-2 w-full text-sm" data-testid="compare-table">
        <caption className="sr-only">
          Reports in {place} by sector and by tone of the reported condition, in {baseline.label} and {focus.label}
        </caption>
        {header}
        <tbody>
          <tr className="border-b border-gray-200 font-semibold">
            <th scope="row" className="py-0.5 text-left">
              All reports
            </th>
            <td className="py-0.5 text-right tabular-nums">{baseline.total}</td>
            <td className="py-0.5 text-right tabular-nums">{focus.total}</td>
            <Change value={focus.total - baseline.total} />
          </tr>
          <tr>
            <th scope="rowgroup" colSpan={4} className="pt-1.5 text-left text-xs font-medium text-gray-700">
              By sector
            </th>
          </tr>
          {sectorRows.map((sector) => (
            <tr key={sector.key} className="border-b border-gray-100">
              <th scope="row" className="py-0.5 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full"
                  style={{ backgroundColor: sector.colour }}
                />
                {sector.label}
              </th>
              <td className="py-0.5 text-right tabular-nums">{baseline.bySector[sector.key] ?? 0}</td>
              <td className="py-0.5 text-right tabular-nums">{focus.bySector[sector.key] ?? 0}</td>
              <Change value={(focus.bySector[sector.key] ?? 0) - (baseline.bySector[sector.key] ?? 0)} />
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={4} className="pt-1.5 text-left text-xs font-medium text-gray-700">
              By tone of the reported conditions
            </th>
          </tr>
          {toneRows.map((tone) => (
            <tr key={tone} className="border-b border-gray-100">
              <th scope="row" className="py-0.5 text-left font-normal">
                <span className="inline-flex items-center gap-1.5">
                  <ToneDot tone={tone} />
                  {TONE_LABELS[tone]}
                </span>
              </th>
              <td className="py-0.5 text-right tabular-nums">{baseline.byTone[tone]}</td>
              <td className="py-0.5 text-right tabular-nums">{focus.byTone[tone]}</td>
              <Change value={focus.byTone[tone] - baseline.byTone[tone]} />
            </tr>
          ))}
        </tbody>
      </table>
      {(comparison.appeared.length > 0 || comparison.disappeared.length > 0) && (
        <dl className="mt-2 space-y-1 text-xs">
          {comparison.appeared.length > 0 && (
            <div>
              <dt className="inline font-medium">Reported only in {focus.label}: </dt>
              <dd className="inline" data-testid="appeared">
                {comparison.appeared.map(conditionName).join(', ')}
              </dd>
            </div>
          )}
          {comparison.disappeared.length > 0 && (
            <div>
              <dt className="inline font-medium">Reported only in {baseline.label}: </dt>
              <dd className="inline" data-testid="disappeared">
                {comparison.disappeared.map(conditionName).join(', ')}
              </dd>
            </div>
          )}
        </dl>
      )}
      {region === null && prefectureRows.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-medium">
            Change by prefecture (the map&apos;s shading)
          </summary>
          <table className="mt-1 w-full text-xs">
            <caption className="sr-only">Reports per prefecture in both periods, largest increase first</caption>
            {header}
            <tbody>
              {prefectureRows.map(({ region: row, counts }) => (
                <tr key={row.slug} className="border-b border-gray-100">
                  <th scope="row" className="py-0.5 text-left font-normal">
                    <span
                      aria-hidden="true"
                      className="mr-1.5 inline-block h-2.5 w-3 border border-gray-400"
                      style={{ backgroundColor: changeColour(changeClass(counts)) }}
                    />
                    {row.name_en}
                  </th>
                  <td className="py-0.5 text-right tabular-nums">{counts.baseline}</td>
                  <td className="py-0.5 text-right tabular-nums">{counts.focus}</td>
                  <Change value={counts.focus - counts.baseline} />
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
