/**
 * What a form field's input means for the bundle (issue #17): a date typed as day/month/year, a time
 * as 6:00, a number with a decimal comma, a flag, an emptied optional field. Pure.
 */
import { parseDateInput, parseTimeInput } from '../content/date-words';
import type { Words } from '../content/say';
import type { Field } from './form-model';

/** "28/11/2026" for "2026-11-28" (and "28/11/2026 08:00" for a date and time); anything else as it is. */
export function dateForDisplay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}${match[4] ? ` ${match[4]}` : ''}`;
}

/** What a field's input writes: a value, `undefined` to remove the name, or a reason it writes nothing yet. */
export type FieldWrite = { write: unknown } | { refuse: Words };

/**
 * The value a field's input writes. Optional fields left empty are removed (not written as ""); a
 * flag the file did not name stays unnamed at its default; "normal" priority is the default, so it is removed too. Dates are
 * taken as day/month/year or YYYY-MM-DD and written YYYY-MM-DD; times as 6:00 or 06:00, written
 * 06:00; what is not yet a date or a time writes nothing and says why.
 */
export function writeForField(field: Pick<Field, 'kind' | 'optional' | 'defaultOn' | 'present' | 'path'>, input: string): FieldWrite {
  const blank = input.trim() === '';
  switch (field.kind) {
    case 'priority':
      return { write: input === 'urgent' ? 'urgent' : undefined };
    case 'flag': {
      const on = input === 'true';
      return { write: field.optional && !field.present && on === (field.defaultOn ?? false) ? undefined : on };
    }
    case 'date': {
      if (blank) return { write: field.optional ? undefined : '' };
      const parsed = parseDateInput(
        input,
        field.path[0] === 'slogans' || field.path[0] === 'milestones' || field.path[0] === 'announcements',
      );
      return parsed.ok ? { write: parsed.iso } : { refuse: parsed.words };
    }
    case 'time': {
      if (blank) return { write: undefined };
      const parsed = parseTimeInput(input);
      return parsed.ok ? { write: parsed.iso } : { refuse: parsed.words };
    }
    case 'number': {
      if (blank) return field.optional ? { write: undefined } : { refuse: { en: 'Write a number.', vi: 'Hãy viết một số.' } };
      const number = Number(input.trim().replace(',', '.'));
      return Number.isFinite(number)
        ? { write: number }
        : { refuse: { en: `"${input.trim()}" is not a number.`, vi: `"${input.trim()}" không phải là một số.` } };
    }
    default:
      return { write: field.optional && blank ? undefined : input };
  }
}
