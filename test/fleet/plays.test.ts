import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkBundle } from '../../src/content/validate';
import { dayFile, daysToSend, itemLabel, itemOf, playsByDay, readDayFile, tallyCsv, tallyPlays } from '../../src/fleet/plays';
import { playRecord, type PlayRecord } from '../../src/kiosk/play-record';
import { NOW } from '../support/fleet-status';

const ZONE = 'Asia/Ho_Chi_Minh';

describe('proof of play', () => {
  const record = (at: string, slide: string, kind: string, seconds = 12): PlayRecord =>
    playRecord(Date.parse(at), ZONE, 'lobby', { id: slide, kind, durationMs: seconds * 1000 }, 'v2', 'app-2');
  const records = [
    record('2026-11-26T16:59:50Z', 'slogan:s1', 'slogan'), // 23:59:50 in Vietnam: the 26th
    record('2026-11-26T17:00:00Z', 'phase:p2:0', 'phase'), // 00:00 the 27th
    record('2026-11-26T17:00:12Z', 'phase:p2:1', 'phase'),
    record('2026-11-26T17:00:20Z', 'slogan:s1', 'slogan'),
    playRecord(Date.parse('2026-11-26T17:00:25Z'), ZONE, 'lobby', undefined, 'v2', 'app-2'),
  ];
  it('groups by day in the bundle zone and round-trips the day file', () => {
    const byDay = playsByDay(records);
    expect([...byDay.keys()]).toEqual(['2026-11-26', '2026-11-27']);
    expect(readDayFile(dayFile(byDay.get('2026-11-27')!))).toEqual(byDay.get('2026-11-27'));
  });
  it('sends days the server lacks at once, today at most every interval', () => {
    const byDay = playsByDay(records);
    const sent = new Map([['2026-11-27', { count: 3, at: NOW - 60_000 }]]);
    expect(daysToSend(byDay, sent, '2026-11-27', NOW, 900_000)).toEqual(['2026-11-26']);
    expect(daysToSend(byDay, sent, '2026-11-27', NOW + 900_000, 900_000)).toEqual(['2026-11-26', '2026-11-27']);
    sent.set('2026-11-26', { count: 1, at: NOW });
    sent.set('2026-11-27', { count: 4, at: NOW });
    expect(daysToSend(byDay, sent, '2026-11-27', NOW + 9e9, 900_000)).toEqual([]);
  });
  it('tallies plays and seconds per item and device, pages as one item, cut at the next record', () => {
    const tallies = tallyPlays(
      new Map([
        ['lobby-1', records],
        ['hall-2', records.slice(0, 1)],
      ]),
      '2026-11-27',
      '2026-11-27',
    );
    expect(tallies).toEqual([
      { item: 'phase:p2', kind: 'phase', device: '', plays: 2, seconds: 20 },
      { item: 'phase:p2', kind: 'phase', device: 'lobby-1', plays: 2, seconds: 20 },
      { item: 'slogan:s1', kind: 'slogan', device: '', plays: 1, seconds: 5 },
      { item: 'slogan:s1', kind: 'slogan', device: 'lobby-1', plays: 1, seconds: 5 },
    ]);
    expect(itemOf('theme:t1:12')).toBe('theme:t1');
    expect(tallyCsv(tallies).split('\r\n').slice(0, 2)).toEqual(['\uFEFFitem,text,kind,device,plays,seconds', 'phase:p2,,phase,*,2,20']);
    const label = (item: string) => (item === 'slogan:s1' ? '=Đoàn kết, "thống nhất"' : '');
    expect(tallyCsv(tallies, label).split('\r\n')[3]).toBe(`slogan:s1,"'=Đoàn kết, ""thống nhất""",slogan,*,1,5`);
  });
});

describe('an item of the proof-of-play report in words', () => {
  const bundle = checkBundle(readFileSync('content/bundle.json', 'utf8')).bundle!;
  it('from the live bundle: the slogan, the phase, the milestone, the event; nothing for an unknown one', () => {
    expect(itemLabel(bundle, `slogan:${bundle.slogans[0]!.id}`)).toBe(
      bundle.slogans[0]!.text.slice(0, 89) + (bundle.slogans[0]!.text.length > 90 ? '…' : ''),
    );
    expect(itemLabel(bundle, `phase:${bundle.phases[1]!.id}`)).toMatch(/^Đợt 2: /);
    expect(itemLabel(bundle, `milestone:${bundle.milestones[0]!.id}`)).toContain(bundle.milestones[0]!.figure);
    expect(itemLabel(bundle, `countdown:${bundle.events[0]!.id}`)).toBe(
      bundle.events[0]!.title.slice(0, 89) + (bundle.events[0]!.title.length > 90 ? '…' : ''),
    );
    expect(itemLabel(bundle, 'slogan:no-such')).toBe('');
    expect(itemLabel(bundle, 'timeline')).toBe('');
  });
});
