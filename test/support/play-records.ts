import type { PlayRecord } from '../../src/kiosk/play-record';

/** A proof-of-play record of slogan `index`, shown at second `index % 60`. */
export const record = (index: number, slide = `slogan:slogan-${index}`): PlayRecord => ({
  shownAt: `2020-05-15T08:00:${String(index % 60).padStart(2, '0')}.000+07:00`,
  deviceAt: '2026-11-27T07:00:00.000Z',
  screen: 'lobby',
  slide,
  kind: 'slogan',
  contentVersion: '2020-02-10.1',
  appVersion: 'test',
  plannedSeconds: 12,
});
