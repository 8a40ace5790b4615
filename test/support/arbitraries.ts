/** fast-check arbitraries shared by the schedule's property tests. */
import fc from 'fast-check';

const dayArb = fc.integer({ min: 0, max: 3 * 365 });
const base = Date.UTC(2019, 0, 1);
const isoDay = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
/** Non-overlapping phases built from sorted cut points, as validation guarantees. */
export const phasesArb = fc.uniqueArray(dayArb, { minLength: 2, maxLength: 12 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const phases = [];
  for (let index = 0; index + 1 < sorted.length; index += 2) {
    phases.push({
      id: `p${index}`,
      number: index + 1,
      title: 't',
      start: isoDay(sorted[index]!),
      end: isoDay(sorted[index + 1]!),
      messages: ['m'],
    });
  }
  return phases;
});
export const instantArb = fc.integer({ min: base - 86_400_000 * 30, max: base + 86_400_000 * 1200 });
