/**
 * The one builder of reports for unit tests: a record that passes the schema, which each test changes only where it
 * tests something. Not used by the app.
 */
import type { Report } from './schema';

export type TestReportOverrides = Partial<Omit<Report, 'source'>> & { source?: Partial<Report['source']> };

export function testReport(overrides: TestReportOverrides = {}): Report {
  const base: Report = {
    id: 'test-2020-04-dandong-textile',
    published: '2020-04',
    source: {
      outlet: 'Daily NK',
      title: 'A headline',
      url: 'https://www.dailynk.com/english/example/',
      language: 'en',
      kind: 'news',
    },
    places: [{ region: 'dandong', name: 'Dandong', lon: 124.3947, lat: 40.1292, precision: 'city' }],
    sectors: ['textile'],
    conditions: ['normal-operations'],
    summary: 'A summary long enough to pass the minimum length.',
    confidence: 'single-anonymous-source',
    checked: { date: '2026-11-30', against: 'page' },
  };
  const { source, ...rest } = overrides;
  return { ...base, ...rest, source: { ...base.source, ...source } };
}
