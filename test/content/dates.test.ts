/** "A bare until-date means the end of that day", written once and read the same by the checker and the schedule. */
import { describe, expect, it } from 'vitest';
import { untilStamp } from '../../src/content/dates';
import { checkRules } from '../../src/content/rules';
import { withinWindow } from '../../src/schedule/time';
import { loadBundle } from '../helpers';

describe('untilStamp', () => {
  it('a bare date reaches the last moment of that day; a date-time is itself', () => {
    expect(untilStamp('2020-04-30')).toBe('2020-04-30T23:59:59.999');
    expect(untilStamp('2020-04-30T12:00')).toBe('2020-04-30T12:00');
  });

  it('the schedule shows an item all through its last day, and not a moment after', () => {
    expect(withinWindow('2020-04-30T23:59:59.999', '2020-04-01', '2020-04-30')).toBe(true);
    expect(withinWindow('2020-05-01T00:00:00.000', '2020-04-01', '2020-04-30')).toBe(false);
    expect(withinWindow('2020-04-30T12:00:00.001', '2020-04-01', '2020-04-30T12:00')).toBe(false);
  });

  it('the checker accepts an item that starts later on its bare last day, and refuses one that ends the day before', () => {
    const bundle = loadBundle();
    const slogan = (from: string, until: string) => ({ ...bundle, slogans: [{ id: 'evening', text: 'Buổi tối', from, until }] });
    expect(checkRules(slogan('2020-04-30T18:00', '2020-04-30'))).toEqual([]);
    expect(checkRules(slogan('2020-04-30T18:00', '2020-04-29')).map((problem) => problem.path)).toEqual([['slogans', 0, 'until']]);
  });
});
