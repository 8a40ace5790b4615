/**
 * Dates and times as staff type them, and what to say when they are not written the bundle's way.
 * The bundle keeps ISO forms (2026-11-28, 2026-11-28T08:00, 06:00); staff in Vietnam write 28/11/2026
 * and 6:00. The forms accept those and write the ISO form (`parseDateInput`, `parseTimeInput`); the
 * checker, reading a file typed by hand, names the ISO form that was probably meant. Pure.
 */
import type { Words } from './say';

const pad = (value: number) => String(value).padStart(2, '0');

function realDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export type DateInput = { ok: true; iso: string } | { ok: false; words: Words };

/**
 * A date typed by a person: "2026-11-28", or day/month/year as written in Vietnam ("28/11/2026",
 * "28-11-2026", "28.11.2026", "1/6/2020"), with an optional time "08:00" or "8:00" after it.
 * Never month/day: in Vietnamese the day comes first.
 */
export function parseDateInput(input: string, withTime = false): DateInput {
  const text = input.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(text);
  let year: number, month: number, day: number;
  if (match) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/.exec(text);
    if (!match) {
      return {
        ok: false,
        words: {
          en: `"${text}" is not a date: write day/month/year, e.g. 28/11/2026, or 2026-11-28.`,
          vi: `"${text}" không phải là ngày: hãy viết ngày/tháng/năm, ví dụ 28/11/2026, hoặc 2026-11-28.`,
        },
      };
    }
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (!realDate(year, month, day)) {
    return {
      ok: false,
      words: {
        en: `There is no day ${day} in month ${month} of ${year}. Check the day and the month.`,
        vi: `Tháng ${month} năm ${year} không có ngày ${day}. Hãy xem lại ngày và tháng.`,
      },
    };
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (match[4] === undefined) return { ok: true, iso: date };
  const time = parseTimeInput(`${match[4]}:${match[5]}`);
  if (!time.ok) return time;
  if (!withTime) return { ok: false, words: { en: 'Write a date only, without a time.', vi: 'Chỉ viết ngày, không viết giờ.' } };
  return { ok: true, iso: `${date}T${time.iso}` };
}

/** A clock time typed by a person: "6:00", "06:00", "6h", "6h30", "18:05" → "06:00" … */
export function parseTimeInput(input: string): DateInput {
  const match = /^(\d{1,2})(?::|h|g)(\d{2})?$/i.exec(input.trim()) ?? /^(\d{1,2})(?::(\d{2}))?$/.exec(input.trim());
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2] ?? 0) : NaN;
  if (!(hour >= 0 && hour < 24 && minute >= 0 && minute < 60)) {
    return {
      ok: false,
      words: {
        en: `"${input.trim()}" is not a time of day: write hours and minutes on the 24-hour clock, e.g. 06:00 or 22:30.`,
        vi: `"${input.trim()}" không phải là giờ trong ngày: hãy viết giờ và phút theo 24 giờ, ví dụ 06:00 hoặc 22:30.`,
      },
    };
  }
  return { ok: true, iso: `${pad(hour)}:${pad(minute)}` };
}

/** "28/11/2026" as a checker message: write it "2026-11-28". */
export function dateFormatWords(input: string, withTime: boolean): Words {
  const meant = parseDateInput(input, withTime);
  const example = withTime ? '"2020-04-01" or "2020-04-01T08:00"' : '"2020-04-01"';
  const exampleVi = withTime ? '"2020-04-01" hoặc "2020-04-01T08:00"' : '"2020-04-01"';
  const form = withTime ? 'YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM' : 'YYYY-MM-DD';
  const formVi = withTime ? 'NĂM-THÁNG-NGÀY, hoặc ngày và giờ dạng NĂM-THÁNG-NGÀYTGIỜ:PHÚT' : 'NĂM-THÁNG-NGÀY';
  if (meant.ok) {
    return {
      en: `Write the date as ${form}: "${input}" is written "${meant.iso}".`,
      vi: `Ngày viết theo dạng ${formVi}: "${input}" phải viết là "${meant.iso}".`,
    };
  }
  return { en: `Write the date as ${form}, e.g. ${example}.`, vi: `Ngày viết theo dạng ${formVi}, ví dụ ${exampleVi}.` };
}

export function noSuchDate(input: string, withTime: boolean): Words {
  return withTime
    ? { en: `There is no ${input} in the calendar. Check the day, month and hour.`, vi: `Lịch không có ngày giờ ${input}. Hãy xem lại ngày, tháng và giờ.` }
    : { en: `There is no ${input} in the calendar. Check the day and the month.`, vi: `Lịch không có ngày ${input}. Hãy xem lại ngày và tháng.` };
}

/** "6:00" as a checker message: write "06:00". */
export function clockTimeWords(input: string): Words {
  const meant = parseTimeInput(input);
  if (meant.ok) {
    return {
      en: `Write the time as HH:MM on the 24-hour clock, two digits for the hour: write "${meant.iso}".`,
      vi: `Giờ viết dạng GIỜ:PHÚT theo 24 giờ, giờ có hai chữ số: hãy viết "${meant.iso}".`,
    };
  }
  return { en: 'Write the time as HH:MM on the 24-hour clock, e.g. "22:00".', vi: 'Giờ viết dạng GIỜ:PHÚT theo 24 giờ, ví dụ "22:00".' };
}
