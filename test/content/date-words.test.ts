import { describe, expect, it } from 'vitest';
import { parseDateInput, parseTimeInput } from '../../src/content/date-words';

describe('dates typed by staff', () => {
  it.each([
    ['2026-11-28', '2026-11-28'],
    ['28/11/2026', '2026-11-28'],
    ['1/6/2020', '2020-06-01'],
    ['28-11-2026', '2026-11-28'],
    ['28.11.2026', '2026-11-28'],
    [' 29/02/2020 ', '2020-02-29'],
  ])('%s is %s (day first, as written in Vietnam)', (input, iso) => {
    expect(parseDateInput(input)).toEqual({ ok: true, iso });
  });

  it('takes a time after the date only where a time belongs', () => {
    expect(parseDateInput('28/11/2026 8:30', true)).toEqual({ ok: true, iso: '2026-11-28T08:30' });
    expect(parseDateInput('2026-11-28T08:30', true)).toEqual({ ok: true, iso: '2026-11-28T08:30' });
    expect(parseDateInput('28/11/2026 8:30').ok).toBe(false);
  });

  it('refuses what is not a day, saying why in both languages', () => {
    const feb = parseDateInput('30/02/2021');
    expect(feb).toEqual({
      ok: false,
      words: { en: 'There is no day 30 in month 2 of 2021. Check the day and the month.', vi: 'Tháng 2 năm 2021 không có ngày 30. Hãy xem lại ngày và tháng.' },
    });
    expect(parseDateInput('11/28/2026').ok).toBe(false); // month/day is not how Vietnam writes it
    const words = parseDateInput('ngày mai');
    expect(words.ok === false && words.words.vi).toBe('"ngày mai" không phải là ngày: hãy viết ngày/tháng/năm, ví dụ 28/11/2026, hoặc 2026-11-28.');
  });
});

describe('times typed by staff', () => {
  it.each([
    ['6:00', '06:00'],
    ['06:00', '06:00'],
    ['6h', '06:00'],
    ['6h30', '06:30'],
    ['22:05', '22:05'],
    ['0:00', '00:00'],
  ])('%s is %s', (input, iso) => {
    expect(parseTimeInput(input)).toEqual({ ok: true, iso });
  });

  it.each(['24:00', '6:60', '6:5', 'sáu giờ', ''])('%s is refused', (input) => {
    expect(parseTimeInput(input).ok).toBe(false);
  });
});
