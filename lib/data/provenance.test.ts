import { describe, expect, it } from 'vitest';
import { getDataset } from './dataset';
import { testReport } from './test-report';
import type { Report } from './schema';
import {
  accountOf,
  independentAccounts,
  independentOutlets,
  lonelyEvents,
  markerProvenance,
  outletKey,
  PUBLISHER_OUTLETS,
  publisherKey,
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

const lookup = (reports: readonly Report[]) => new Map(reports.map((entry) => [entry.id, entry]));

describe('independent outlets', () => {
  it('counts editions and relays of one outlet once', () => {
    expect(outletKey('Daily NK (Korean edition)')).toBe('daily nk');
    expect(outletKey('Daily NK Japan')).toBe('daily nk');
    expect(outletKey('The Yomiuri Shimbun')).toBe(outletKey('Yomiuri Shimbun'));
    expect(outletKey('Yonhap News Agency (Japanese edition)')).toBe(outletKey('Yonhap'));
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

  it('counts outlets of one publisher as outlets, one each', () => {
    expect(independentOutlets([report('a', 'Asahi Shimbun'), report('b', 'AERA (Asahi Shimbun Publications)')])).toEqual(
      ['Asahi Shimbun', 'AERA (Asahi Shimbun Publications)'],
    );
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

describe('independent accounts', () => {
  it('follows a chain of records to its original: A on B on C is one account, named by C', () => {
    const c = report('c', 'Outlet C');
    const b = report('b', 'Outlet B', { derived_from: 'c' });
    const a = report('a', 'Outlet A', { derived_from: 'b' });
    const byId = lookup([a, b, c]);
    expect(accountOf(a, byId)).toEqual({ key: 'outlet c', name: 'Outlet C' });
    expect(independentOutlets([a, b, c])).toHaveLength(3);
    expect(independentAccounts([a, b, c], byId)).toEqual([{ key: 'outlet c', name: 'Outlet C' }]);
  });

  it('keys an original outside the dataset by its publisher, as a record of that outlet would be', () => {
    const wire = report('wire', 'Reuters');
    const one = report('one', 'Liberty Times (自由時報)', { derived_from: { outlet: 'Reuters' } });
    const two = report('two', 'Renminbao', { derived_from: { outlet: 'Reuters (wire)', url: 'https://reuters.com/x' } });
    const three = report('three', 'Budapest Post', {
      derived_from: { outlet: 'Yonhap News Agency (연합뉴스), reporting a KINU report' },
    });
    const four = report('four', 'Yonhap News TV');
    const byId = lookup([wire, one, two, three, four]);
    // Reuters (three records), Yonhap (a relay of the agency, and its TV channel): two accounts from five outlets.
    expect(independentOutlets([wire, one, two, three, four])).toHaveLength(5);
    expect(independentAccounts([wire, one, two, three, four], byId)).toEqual([
      { key: 'reuters', name: 'Reuters' },
      { key: 'yonhap', name: 'Yonhap News Agency' },
    ]);
  });

  it('counts two original reports of one publisher once', () => {
    const pairs: [string, string][] = [
      ['Asahi Shimbun', 'AERA (Asahi Shimbun Publications)'],
      ['Dong-A Ilbo (동아일보)', 'Weekly Donga'],
      ['JoongAng Ilbo (Chinese edition)', 'Korea JoongAng Daily'],
      ['Chosun Ilbo', 'TV Chosun'],
      ['KBS', 'KBS World Radio (Japanese service)'],
    ];
    for (const [first, second] of pairs) {
      const group = [report('a', first), report('b', second)];
      expect(independentOutlets(group), `${first} / ${second}`).toHaveLength(2);
      expect(independentAccounts(group, lookup(group)), `${first} / ${second}`).toHaveLength(1);
    }
    // Different publishers stay apart.
    const apart = [report('a', 'Asahi Shimbun'), report('b', 'Mainichi Shimbun')];
    expect(independentAccounts(apart, lookup(apart))).toHaveLength(2);
  });

  it('names every outlet of the publisher table as an outlet key, so each entry can match', () => {
    for (const outlet of PUBLISHER_OUTLETS) expect(outletKey(outlet), outlet).toBe(outlet);
  });

  it('makes an original the lookup lacks an account of its own, and ends a cycle', () => {
    const one = report('one', 'X', { derived_from: 'gone' });
    const two = report('two', 'Y', { derived_from: 'gone' });
    expect(independentAccounts([one, two], lookup([one, two]))).toEqual([{ key: 'record:gone', name: 'gone' }]);
    const a = report('a', 'Outlet A', { derived_from: 'b' });
    const b = report('b', 'Outlet B', { derived_from: 'a' });
    // From a: b passes on a, which is already met, so the chain ends at b.
    expect(accountOf(a, lookup([a, b]))).toEqual({ key: 'outlet b', name: 'Outlet B' });
  });

  it('draws the outer ring only for two or more accounts', () => {
    const independent = [
      report('a', 'Daily NK', { event: 'helong' }),
      report('b', 'Yomiuri Shimbun', { event: 'helong' }),
    ];
    const passedOn = [
      report('c', 'The Guardian', { event: 'ppe' }),
      report('d', 'Chosun Ilbo', { event: 'ppe', derived_from: 'c', confidence: 'press-report' }),
    ];
    const publisher = [report('e', 'Asahi Shimbun', { event: 'strike' }), report('f', 'AERA', { event: 'strike' })];
    const relayed = [
      report('g', 'RFA', { event: 'rfa-story' }),
      report('h', 'RFA', { event: 'rfa-story', confidence: 'relay' }),
    ];
    const all = [...independent, ...passedOn, ...publisher, ...relayed];
    const byEvent = recordsByEvent(all);
    const byId = lookup(all);
    expect(markerProvenance(independent[0] as Report, strength, byEvent, byId)).toBe('corroborated');
    expect(markerProvenance(passedOn[0] as Report, strength, byEvent, byId)).toBe('primary');
    expect(markerProvenance(passedOn[1] as Report, strength, byEvent, byId)).toBe('secondary');
    expect(markerProvenance(publisher[1] as Report, strength, byEvent, byId)).toBe('primary');
    expect(markerProvenance(relayed[0] as Report, strength, byEvent, byId)).toBe('primary');
    expect(markerProvenance(relayed[1] as Report, strength, byEvent, byId)).toBe('secondary');
  });

  it('follows a chain that leaves the event when given every record, and only the events without', () => {
    // a (event) rests on z (no event), which rests on W's report; b (event) is W's own.
    const a = report('a', 'Outlet A', { event: 'e', derived_from: 'z' });
    const z = report('z', 'Outlet Z', { derived_from: { outlet: 'Outlet W' } });
    const b = report('b', 'Outlet W', { event: 'e' });
    const byEvent = recordsByEvent([a, z, b]);
    expect(markerProvenance(a, strength, byEvent, lookup([a, z, b]))).toBe('primary');
    // Without the lookup z is unknown: "z" and W are two accounts.
    expect(markerProvenance(a, strength, byEvent)).toBe('corroborated');
  });
});

describe('independent accounts in the dataset', () => {
  const { reports } = getDataset();
  const byId = lookup(reports);
  const records = (ids: readonly string[]) =>
    ids.map((id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no record "${id}" in data/reports.json`);
      return found;
    });

  it('counts the Outlaw Ocean investigation and the outlets passing it on as one account', () => {
    const three = records([
      'outlawocean-2024-dandong-squid-plant',
      'elpais-2024-dandong-fish-factories',
      'seafoodsource-2024-seafood-forced-labour',
    ]);
    expect(independentOutlets(three)).toHaveLength(3);
    expect(independentAccounts(three, byId)).toEqual([
      { key: 'outlaw ocean project', name: 'The Outlaw Ocean Project' },
    ]);
  });

  it("counts Chosun's PPE record as the Guardian's, Dong-A's seafood record as Daily NK's, Asahi and AERA as one", () => {
    const cases: [string, string[], string][] = [
      [
        'dandong-2020-11-ppe-factories',
        ['chosun-2020-11-dandong-ppe-coveralls', 'guardian-2020-11-dandong-ppe-factories'],
        'guardian',
      ],
      [
        'dandong-2016-04-seafood-wage-prepayment',
        ['donga-2016-04-dandong-seafood-wage-advance', 'dailynkjapan-2016-dandong-seafood-long-hours'],
        'daily nk',
      ],
      [
        'dandong-2024-03-strike',
        ['segye-2024-04-yanbian-dandong-strikes', 'aera-2024-10-yanbian-dandong-strikes-unpaid-wages'],
        'asahi shimbun',
      ],
    ];
    const byEvent = recordsByEvent(reports);
    for (const [event, ids, publisher] of cases) {
      const pair = records(ids);
      expect(independentOutlets(pair), event).toHaveLength(2);
      expect(
        independentAccounts(pair, byId).map((account) => account.key),
        event,
      ).toEqual([publisher]);
      for (const record of pair) {
        expect(record.event, record.id).toBe(event);
        expect(markerProvenance(record, strength, byEvent, byId), record.id).not.toBe('corroborated');
      }
    }
  });

  it('traces the Helong riot of 2024 to fewer accounts than outlets', () => {
    // Each record of the event on 2026-12-06, with the original it rests on, read off its derived_from by hand.
    const originals: Record<string, string> = {
      'sankei-2024-jilin-strikes-war-funds': 'Sankei',
      'chosun-2024-02-jilin-unrest-interview': 'Sankei',
      'udn-2024-01-jilin-strikes-sankei': 'Sankei',
      'yomiuri-2024-02-helong-factory-riot': 'Yomiuri',
      'rfa-2024-02-helong-manager-killed': 'Yomiuri',
      'newsweekjapan-2024-01-helong-official-killed': 'Korea Times',
      'ltn-2024-02-helong-strike-kinu-report': 'Yonhap',
      'macaomorning-2025-05-yanbian-riot-ringleaders': 'Hankyoreh',
      'renminbao-2024-02-helong-protest-reuters': 'Reuters',
    };
    const group = records(Object.keys(originals));
    const accounts = new Set(Object.values(originals)).size;
    expect(accounts).toBe(6);
    expect(independentOutlets(group)).toHaveLength(9);
    expect(independentAccounts(group, byId)).toHaveLength(accounts);
    // The whole event as it stands, whatever was added since: still fewer accounts than outlets.
    const event = reports.filter((record) => record.event === 'helong-2024-01-unrest');
    expect(independentAccounts(event, byId).length).toBeLessThan(independentOutlets(event).length);
  });

  it('keys the publishers of outside originals like the outlets of records', () => {
    expect(publisherKey('Yonhap News Agency (연합뉴스), reporting a KINU report released February 20, 2024')).toBe(
      'yonhap',
    );
    expect(publisherKey('The Korea Times (report of January 29, 2024, citing KINU’s Cho Han-bum)')).toBe(
      'korea times',
    );
  });
});
