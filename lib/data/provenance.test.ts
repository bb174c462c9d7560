import { describe, expect, it } from 'vitest';
import { testReport } from './test-report';
import type { Report } from './schema';
import {
  independentOutlets,
  lonelyEvents,
  markerProvenance,
  outletKey,
  recordsByEvent,
  sourceDomain,
} from './provenance';

function report(id: string, outlet: string, extra: Partial<Report> = {}): Report {
  return testReport({
    id,
    published: '2024-01',
    places: [{ region: 'yanbian', name: 'Helong', lon: 129, lat: 42.5, precision: 'city' }],
    conditions: ['unrest'],
    ...extra,
    source: { outlet, title: 'T', url: 'https://www.example.org/a', ...extra.source },
  });
}

const strength = (confidence: string) =>
  confidence === 'relay' || confidence === 'press-report' ? 'secondary' : 'primary';

describe('independent outlets', () => {
  it('counts editions and relays of one outlet once', () => {
    expect(outletKey('Daily NK (Korean edition)')).toBe('daily nk');
    expect(outletKey('Daily NK Japan')).toBe('daily nk');
    expect(outletKey('The Yomiuri Shimbun')).toBe(outletKey('Yomiuri Shimbun'));
    const group = [
      report('a', 'Daily NK'),
      report('b', 'Daily NK (Korean edition)'),
      report('c', 'Daily NK', {
        confidence: 'relay',
        source: { outlet: 'Daily NK', via: 'UPI', title: 'T', url: 'https://upi.com/x', language: 'en', kind: 'news' },
      }),
      report('d', 'The Yomiuri Shimbun'),
    ];
    expect(independentOutlets(group)).toEqual(['Daily NK', 'The Yomiuri Shimbun']);
  });

  it('draws an event two outlets report as corroborated, one outlet and its relay as a single source', () => {
    const helong = [report('a', 'Daily NK', { event: 'helong' }), report('b', 'Yomiuri Shimbun', { event: 'helong' })];
    const relayed = [
      report('c', 'RFA', { event: 'rfa-story' }),
      report('d', 'RFA', { event: 'rfa-story', confidence: 'relay' }),
    ];
    const byEvent = recordsByEvent([...helong, ...relayed]);
    expect(markerProvenance(helong[0] as Report, strength, byEvent)).toBe('corroborated');
    expect(markerProvenance(relayed[0] as Report, strength, byEvent)).toBe('primary');
    expect(markerProvenance(relayed[1] as Report, strength, byEvent)).toBe('secondary');
  });

  it('lists event keys that link nothing', () => {
    expect(
      lonelyEvents([
        report('a', 'X', { event: 'alone' }),
        report('b', 'Y', { event: 'pair' }),
        report('c', 'Z', { event: 'pair' }),
      ]),
    ).toEqual(['alone']);
  });

  it('shows the domain a reader lands on', () => {
    expect(sourceDomain('https://www.dailynk.com/english/x/')).toBe('dailynk.com');
    expect(sourceDomain('not a url')).toBe('not a url');
  });
});
