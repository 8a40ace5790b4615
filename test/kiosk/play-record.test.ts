import { describe, expect, it } from 'vitest';
import { playLogCsv, playLogFileName, playRecord } from '../../src/kiosk/play-record';
import { record } from '../support/play-records';

const ZONE = 'Asia/Ho_Chi_Minh';

describe('proof of play', () => {
  it("a record: the instant in the bundle's zone and in UTC, the slide or the screen going off", () => {
    const instant = Date.UTC(2026, 10, 27, 7, 5, 3, 250);
    expect(playRecord(instant, ZONE, 'lobby', { id: 'slogan:slogan-1', kind: 'slogan', durationMs: 12_340 }, '2020-02-10.1', 'b1')).toEqual(
      {
        shownAt: '2026-11-27T14:05:03.250+07:00',
        deviceAt: '2026-11-27T07:05:03.250Z',
        screen: 'lobby',
        slide: 'slogan:slogan-1',
        kind: 'slogan',
        contentVersion: '2020-02-10.1',
        appVersion: 'b1',
        plannedSeconds: 12.3,
      },
    );
    expect(playRecord(instant, ZONE, 'lobby', undefined, 'v', 'b')).toMatchObject({ slide: 'screen-off', kind: 'off', plannedSeconds: 0 });
    // The file is named by the bundle's day and hour, not the device's.
    expect(playLogFileName('lobby', Date.UTC(2026, 10, 27, 17, 30), ZONE)).toBe('proof-of-play-lobby-20261128-0030.csv');
  });

  it('CSV: a header, one line per record, quoted where needed, no spreadsheet formulas', () => {
    const csv = playLogCsv([record(1), record(2, 'say "hi", then\nleave'), record(3, '=HYPERLINK("http://x")')]);
    expect(csv.split('\r\n')).toEqual([
      'shownAt,deviceAt,screen,slide,kind,contentVersion,appVersion,plannedSeconds',
      '2020-05-15T08:00:01.000+07:00,2026-11-27T07:00:00.000Z,lobby,slogan:slogan-1,slogan,2020-02-10.1,test,12',
      '2020-05-15T08:00:02.000+07:00,2026-11-27T07:00:00.000Z,lobby,"say ""hi"", then\nleave",slogan,2020-02-10.1,test,12',
      `2020-05-15T08:00:03.000+07:00,2026-11-27T07:00:00.000Z,lobby,"'=HYPERLINK(""http://x"")",slogan,2020-02-10.1,test,12`,
      '',
    ]);
  });
});
